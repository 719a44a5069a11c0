import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, axeProblems, newAccount, shot, startProduct } from './harness.mjs';

let product;
let owner;
let schoolId;
let slug;

const create = async (input = {}) =>
  (
    await api(
      product.base,
      `mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { id code link } }`,
      { i: { schoolId, ...input } },
      owner,
    )
  ).createInvitation;

before(async () => {
  product = await startProduct();
  owner = await newAccount(product.base, 'Olive Owner');
  ({ id: schoolId, slug } = (
    await api(
      product.base,
      `mutation { createSchool(input: { name: "Lakeside Academy", description: "Learning by the lake." }) { id slug } }`,
      {},
      owner,
    )
  ).createSchool);
});
after(async () => {
  await product?.stop();
});

test('a code typed in lower case with spaces joins a signed-in pupil', async () => {
  const { code } = await create({ label: 'Year 7 classroom' });
  const pupil = await product.browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await pupil.newPage();
  await page.goto(`${product.base}/sign-in`);
  await page.getByText('New here').click();
  await page.getByLabel('Your name').fill('Petra Pupil');
  await page.getByLabel('Email').fill('petra@example.org');
  await page.locator('input[type=password]').fill('petra-password-1');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Your schools' }).waitFor();

  await page.getByRole('link', { name: 'Have a code?' }).first().click();
  const typed = `${code.slice(0, 4)} ${code.slice(4, 8)} ${code.slice(8)}`.toLowerCase();
  await page.getByLabel('Invitation code').pressSequentially(typed);
  assert.equal(
    await page.getByLabel('Invitation code').inputValue(),
    `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`,
  );
  await shot(page, 'join-code-typed');
  assert.deepEqual(await axeProblems(page), []);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Lakeside Academy' }).waitFor();
  await shot(page, 'join-code-preview');
  assert.deepEqual(await axeProblems(page), []);
  await page.getByRole('button', { name: 'Join Lakeside Academy' }).click();
  await page.getByText('Welcome to Lakeside Academy!').waitFor();
  await pupil.close();
});

test('a mistyped code is caught before asking the server', async () => {
  const { code } = await create();
  const page = await (await product.browser.newContext()).newPage();
  await page.goto(`${product.base}/join`);
  const swapped = code.slice(0, 2) + code[3] + code[2] + code.slice(4);
  await page
    .getByLabel('Invitation code')
    .fill(code[2] === code[3] ? `${code.slice(0, 10)}2` : swapped);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByText(/looks mistyped/).waitFor();
  await shot(page, 'join-code-mistyped');
  // The message is tied to the field and readable (contrast) for everyone.
  assert.match(await page.getByLabel('Invitation code').getAttribute('aria-describedby'), /error/);
  assert.deepEqual(await axeProblems(page), []);
  await page.close();
});

test('a revoked invitation shows its own message', async () => {
  const { id, link } = await create();
  await api(product.base, `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id }, owner);
  const page = await (await product.browser.newContext()).newPage();
  await page.goto(link);
  await page
    .getByText('This invitation was withdrawn by the school. Ask whoever shared it for a new one.')
    .waitFor();
  await shot(page, 'invite-revoked');
  assert.deepEqual(await axeProblems(page), []);
  await page.close();
});

test('a 1-use invitation used by someone else shows "used up"', async () => {
  const { link, code } = await create({ maxUses: 1 });
  const first = await newAccount(product.base, 'First Comer');
  await api(
    product.base,
    `mutation($c: String) { redeemInvitation(input: { code: $c }) { alreadyMember } }`,
    { c: code },
    first,
  );
  const page = await (await product.browser.newContext()).newPage();
  await page.goto(link);
  await page.getByText(/used as many times as it allows/).waitFor();
  await shot(page, 'invite-used-up');
  assert.equal(await page.getByRole('button', { name: /Join/ }).count(), 0);
  await page.close();
});

test('sent to sign in from an invitation, a newcomer creates an account and joins in one step', async () => {
  const { link } = await create({ label: 'Parents evening' });
  const context = await product.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole('heading', { name: 'Lakeside Academy' }).waitFor();
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.waitForURL(/\/sign-in\?next=/);
  await page.getByRole('heading', { name: 'Create an account to join' }).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'New here' }).isChecked(), true);
  assert.equal(await page.title(), 'Create an account to join · school-invites');
  await page.getByLabel('Your name').fill('Nina Newcomer');
  await page.getByLabel('Email').fill('nina@example.org');
  await page.locator('input[type=password]').fill('nina-password-1');
  await page.getByRole('button', { name: 'Create account and join' }).click();
  await page.getByText('Welcome to Lakeside Academy!').waitFor();
  assert.ok(page.url().endsWith(`/schools/${slug}?welcome=1`), page.url());
  await context.close();
});

test('a teacher opening a print URL gets the no-access page; the poster shows the expiry and the limit', async () => {
  const expiresAt = new Date(Date.now() + 14 * 86_400_000).toISOString();
  const poster = await create({ label: 'Hall noticeboard', maxUses: 12, expiresAt });
  const { code } = await create({ role: 'TEACHER' });
  const teacher = await newAccount(product.base, 'Theo Teacher');
  await api(
    product.base,
    `mutation($c: String) { redeemInvitation(input: { code: $c }) { alreadyMember } }`,
    { c: code },
    teacher,
  );
  const printPath = `/schools/${slug}/settings/invites/${poster.id}/print`;

  const asTeacher = await product.browser.newContext();
  await asTeacher.addCookies([{ name: 'si_session', value: teacher, url: product.base }]);
  const refused = await asTeacher.newPage();
  await refused.goto(`${product.base}${printPath}`);
  await refused.getByRole('heading', { name: "You don't have access" }).waitFor();
  await refused.getByRole('link', { name: 'Back to the school' }).waitFor();
  assert.equal(await refused.getByTestId('poster-code').count(), 0);
  await asTeacher.close();

  const asOwner = await product.browser.newContext();
  await asOwner.addCookies([{ name: 'si_session', value: owner, url: product.base }]);
  const page = await asOwner.newPage();
  await page.goto(`${product.base}${printPath}`);
  const limits = page.getByTestId('poster-limits');
  await limits.waitFor();
  const until = await page.evaluate((iso) => new Date(iso).toLocaleDateString(), expiresAt);
  assert.match(
    await limits.textContent(),
    new RegExp(`^Valid until ${until.replace(/[/.]/g, '\\$&')}.* · For up to 12 people$`),
  );
  await shot(page, 'print-poster');
  assert.deepEqual(await axeProblems(page), []);
  await asOwner.close();
});
