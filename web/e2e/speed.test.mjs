// What a first visit downloads, measured in Chromium on a fresh phone-sized context (empty cache):
// the bytes of JS and CSS as they crossed the wire, compressed by the server. The invite and join
// pages most people ever see must stay at or under 80 kB and load none of the admin screens' code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { api, firstVisit, newAccount, startProduct } from './harness.mjs';

/** What the issue asks of the pages most people see, whatever bundle-budget.json allows. */
const JOIN_PAGE_LIMIT = 80_000;
const { routes } = JSON.parse(
  readFileSync(new URL('../bundle-budget.json', import.meta.url), 'utf8'),
);
const budget = (route) => routes.find((entry) => entry.route === route).budget;

let product;
let owner;
let school;
let link;
const measured = [];
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

before(async () => {
  product = await startProduct();
  owner = await newAccount(product.base, 'Speedy Owner');
  school = (
    await api(
      product.base,
      `mutation { createSchool(input: { name: "Quick Primary" }) { id slug } }`,
      {},
      owner,
    )
  ).createSchool;
  link = (
    await api(
      product.base,
      `mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { link } }`,
      { i: { schoolId: school.id } },
      owner,
    )
  ).createInvitation.link;
});
after(async () => {
  console.log(
    `First visit, JS + CSS transferred (390×844, empty cache):\n${measured.map(({ page, bytes, files }) => `  ${page}: ${kB(bytes)} in ${files} files`).join('\n')}`,
  );
  await product?.stop();
});

for (const [route, path, ready] of [
  [
    '/invite/:token',
    () => new URL(link).pathname,
    (p) => p.getByRole('button', { name: 'Join Quick Primary' }).waitFor(),
  ],
  ['/join', () => '/join', (p) => p.getByLabel('Invitation code').waitFor()],
  ['/sign-in', () => '/sign-in', (p) => p.getByLabel('Email').waitFor()],
]) {
  test(`a first visit to ${route} downloads at most 80 kB of JS and CSS, brotli-compressed, and no admin code`, async () => {
    const visit = await firstVisit(product.browser, `${product.base}${path()}`, { ready });
    measured.push({ page: route, bytes: visit.bytes, files: visit.files.length });
    assert.ok(
      visit.bytes <= Math.min(JOIN_PAGE_LIMIT, budget(route)),
      `${kB(visit.bytes)} over budget: ${JSON.stringify(visit.files)}`,
    );
    for (const file of visit.files)
      assert.equal(file.encoding, 'br', `${file.url} was sent ${file.encoding ?? 'uncompressed'}`);
    const admin = visit.files.filter((file) =>
      /\/(index|invites-page|members-page|print-invitation-page|school-page)-/.test(file.url),
    );
    assert.deepEqual(admin, []);
  });
}

test('the Invites screen loads its own code only when opened, and stays within its budget', async () => {
  const context = await product.browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addCookies([{ name: 'si_session', value: owner, url: product.base }]);
  const page = await context.newPage();
  const loaded = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto(`${product.base}/`);
  await page.getByRole('heading', { name: 'Your schools' }).waitFor();
  assert.equal(
    loaded.filter((file) => file.includes('/invites-page-')).length,
    0,
    'the home page loads no Invites code',
  );
  await page.getByRole('link', { name: 'Quick Primary' }).click();
  await page.getByRole('link', { name: /Invites/ }).click();
  await page.getByRole('heading', { name: 'Invites' }).waitFor();
  assert.equal(
    loaded.filter((file) => file.includes('/invites-page-')).length,
    1,
    'opening Invites loads its code',
  );
  await context.close();

  const cookie = { name: 'si_session', value: owner, url: product.base };
  const visit = await firstVisit(
    product.browser,
    `${product.base}/schools/${school.slug}/settings/invites`,
    {
      cookies: [cookie],
      ready: (p) => p.getByRole('heading', { name: 'Invites' }).waitFor(),
    },
  );
  measured.push({
    page: '/schools/:slug/settings/invites',
    bytes: visit.bytes,
    files: visit.files.length,
  });
  assert.ok(
    visit.bytes <= budget('/schools/:slug/settings/invites'),
    `${kB(visit.bytes)} over budget: ${JSON.stringify(visit.files)}`,
  );
});
