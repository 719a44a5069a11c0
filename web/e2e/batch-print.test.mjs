// Term start in one step: an owner invites three classes with a slip per student, lands on the
// batch's print sheet, and prints it: 9 slips on 2 A4 pages (or 9 posters). Then a poster per
// class: 3 pages. The PDFs and screenshots land in e2e/artifacts/.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  api,
  ARTIFACTS,
  axeProblems,
  newAccount,
  overflowProblems,
  shot,
  startProduct,
} from './harness.mjs';

const CLASSES = ['Year 3 Otters', 'Year 4 Kingfishers', 'Year 5 Herons'];
const CODE = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}$/;

let product;
before(async () => {
  product = await startProduct();
});
after(async () => {
  await product?.stop();
});

/** The A4 pages Chromium prints the page as, with the sheet's own page size (no margins). */
async function printedPages(page, name) {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(path.join(ARTIFACTS, `${name}.pdf`), pdf);
  const text = pdf.toString('latin1');
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
    ([, width, height]) => [Math.round(Number(width)), Math.round(Number(height))],
  );
  return { count: (text.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length, boxes };
}

/** What the print output looks like, on screen: the print stylesheet applied. */
async function printShot(page, name) {
  await page.emulateMedia({ media: 'print' });
  await shot(page, name);
  await page.emulateMedia({ media: null });
}

test('an owner invites every class: 9 slips print on 2 A4 pages, a poster per class on 3', async () => {
  const owner = await newAccount(product.base, 'Olive Owner');
  const { createSchool: school } = await api(
    product.base,
    `mutation { createSchool(input: { name: "Riverside Primary" }) { id slug } }`,
    {},
    owner,
  );
  for (const name of CLASSES)
    await api(
      product.base,
      `mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`,
      { i: { schoolId: school.id, name, kind: 'CLASS', capacity: 30 } },
      owner,
    );

  const context = await product.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: 'si_session', value: owner, url: product.base }]);
  const page = await context.newPage();
  await page.goto(`${product.base}/schools/${school.slug}/settings/invites`);
  await page.getByRole('heading', { name: 'Invites' }).waitFor();
  assert.equal(
    await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href'),
    `/api/invitations.csv?schoolId=${school.id}`,
  );

  await page.setViewportSize({ width: 360, height: 800 });
  await shot(page, 'batch-invites-phone');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('link', { name: 'Invite every class' }).click();
  await page.getByRole('heading', { name: 'Invite every class' }).waitFor();
  await page.getByRole('button', { name: 'Select all 3' }).click();
  await page.getByRole('radio', { name: 'A slip per student' }).check();
  await page.getByLabel('Slips per class').fill('3');
  await page.getByLabel('Label').fill('Autumn term');
  await page.getByTestId('batch-total').getByText('3 classes × 3 slips = 9 invitations.').waitFor();
  await shot(page, 'batch-form');
  assert.deepEqual(await axeProblems(page), []);
  assert.deepEqual(await overflowProblems(page), []);
  await page.getByRole('button', { name: 'Create 9 slips' }).click();

  await page.waitForURL(/\/settings\/invites\/batch\/[^/]+\/print\?layout=slips$/);
  const batchId = new URL(page.url()).pathname.split('/')[6];
  const slips = page.getByTestId('slip');
  await slips.nth(8).waitFor();
  assert.equal(await slips.count(), 9);
  await page
    .getByTestId('sheet-summary')
    .getByText('9 invitations for 3 classes · 2 A4 pages')
    .waitFor();

  // Each slip shows the code the server holds for it, and the class it joins: three per class.
  const shown = await slips.evaluateAll((all) =>
    all.map((slip) => ({
      group: slip.querySelector('[data-testid="slip-groups"]').textContent,
      code: slip.querySelector('[data-testid="slip-code"]').textContent,
    })),
  );
  const { school: stored } = await api(
    product.base,
    `query($s: ID!, $b: ID!) { school(id: $s) { invitations(batchId: $b, first: 100) {
      edges { node { code maxUses groups { name } } } } } }`,
    { s: school.id, b: batchId },
    owner,
  );
  const expected = stored.invitations.edges.map(({ node }) => ({
    group: node.groups.map((group) => group.name).join(', '),
    code: `${node.code.slice(0, 4)}-${node.code.slice(4, 8)}-${node.code.slice(8)}`,
  }));
  const key = ({ group, code }) => `${group} ${code}`;
  assert.deepEqual(shown.map(key).sort(), expected.map(key).sort());
  assert.ok(stored.invitations.edges.every(({ node }) => node.maxUses === 1));
  for (const { code } of shown) assert.match(code, CODE);
  // Class by class, in the order of their names.
  assert.deepEqual(
    shown.map((slip) => slip.group),
    CLASSES.flatMap((name) => [name, name, name]),
  );

  await shot(page, 'batch-print-slips');
  await printShot(page, 'batch-print-slips-print');
  assert.deepEqual(await axeProblems(page), []);
  assert.deepEqual(await overflowProblems(page), []);
  const slipPdf = await printedPages(page, 'batch-print-slips');
  assert.equal(slipPdf.count, 2);
  // A4 (595 × 842 pt), portrait, every page.
  assert.deepEqual(slipPdf.boxes, [
    [595, 842],
    [595, 842],
  ]);

  // The same batch as posters: one page per invitation, so 9.
  await page.locator('label', { hasText: /^Posters$/ }).click();
  await page.waitForURL(/layout=posters$/);
  await page.getByTestId('poster').nth(8).waitFor();
  assert.equal(await page.getByTestId('poster').count(), 9);
  assert.equal((await printedPages(page, 'batch-print-slips-as-posters')).count, 9);

  // The sheet is made again from its address alone.
  await page.reload();
  await page.getByTestId('poster').nth(8).waitFor();
  assert.equal(await page.getByTestId('poster').count(), 9);

  // The batch's CSV: the session cookie signs it, one line per invitation after the header.
  const csv = await context.request.get(
    `${product.base}${await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')}`,
  );
  assert.equal(csv.status(), 200);
  assert.match(csv.headers()['content-type'], /^text\/csv/);
  assert.equal((await csv.text()).trim().split('\n').length, 10);

  // A poster for each classroom wall: one invitation per class, three pages.
  await page.goto(`${product.base}/schools/${school.slug}/settings/invites/batch`);
  await page.getByRole('button', { name: 'Select all 3' }).click();
  await page.getByRole('combobox', { name: 'People per poster' }).click();
  await page.getByRole('option', { name: '30 people' }).click();
  await page.getByRole('button', { name: 'Create 3 posters' }).click();
  await page.waitForURL(/\/print\?layout=posters$/);
  await page.getByTestId('poster').nth(2).waitFor();
  assert.equal(await page.getByTestId('poster').count(), 3);
  assert.deepEqual(await page.getByTestId('poster-groups').allTextContents(), CLASSES);
  for (const code of await page.getByTestId('poster-code').allTextContents())
    assert.match(code, CODE);
  await shot(page, 'batch-print-posters');
  await printShot(page, 'batch-print-posters-print');
  assert.deepEqual(await axeProblems(page), []);
  assert.deepEqual(await overflowProblems(page), []);
  const posterPdf = await printedPages(page, 'batch-print-posters');
  assert.equal(posterPdf.count, 3);
  assert.deepEqual(posterPdf.boxes, [
    [595, 842],
    [595, 842],
    [595, 842],
  ]);

  // On a phone the sheet shrinks to the screen, page by page, with nothing sticking out.
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'batch-print-posters-phone');
  assert.deepEqual(await overflowProblems(page), []);
  await context.close();
});
