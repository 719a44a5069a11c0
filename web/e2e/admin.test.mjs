import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, axeProblems, newAccount, shot, startProduct } from './harness.mjs';

let product;
before(async () => {
  product = await startProduct();
});
after(async () => {
  await product?.stop();
});

const rows = (page) => page.getByTestId('invitation-row');

async function signUp(page, name, email) {
  await page.goto(`${product.base}/sign-in`);
  await page.getByText('New here').click();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.locator('input[type=password]').fill('admin-password-1');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Your schools' }).waitFor();
}

test('an administrator creates, finds, inspects and revokes invitations; a student sees no Invites', async () => {
  const context = await product.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signUp(page, 'Morgan Admin', 'morgan@example.org');
  await page.getByLabel('Create a school').fill('Northfield High');
  await page.getByRole('button', { name: 'Create school' }).click();
  await page.getByRole('link', { name: /Invites/ }).click();
  await page.getByRole('heading', { name: 'Invites' }).waitFor();
  await shot(page, 'admin-invites-empty');

  const created = [];
  for (const label of ['Parents newsletter', 'Year 7 classroom', 'Staff room']) {
    await page.getByLabel('Where will you share it?').fill(label);
    await page.getByRole('button', { name: 'Create invitation' }).click();
    await page.getByTestId('created-invitation').getByText(label === 'Staff room' ? /./ : /./).first().waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="invitation-row"]').length === n, created.length + 1);
    created.push({
      label,
      code: (await page.getByTestId('share-code').textContent()).trim(),
      link: (await page.getByTestId('share-link').textContent()).trim(),
    });
  }
  await shot(page, 'admin-invites-created');
  assert.deepEqual(await axeProblems(page), []);

  const search = page.getByLabel('Search invitations');
  await search.fill('morgan');
  await page.waitForURL(/q=morgan/);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="invitation-row"]').length === 3);

  const onlyRow = (label) =>
    page.waitForFunction((text) => {
      const found = [...document.querySelectorAll('[data-testid="invitation-row"]')];
      return found.length === 1 && found[0].textContent.includes(text);
    }, label);

  await search.fill(created[1].code.toLowerCase());
  await onlyRow('Year 7 classroom');

  const token = created[2].link.split('/invite/')[1];
  await search.fill(`/invite/${token.slice(0, 10)}`);
  await onlyRow('Staff room');
  await shot(page, 'admin-invites-search');

  await search.fill('');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="invitation-row"]').length === 3);
  const parentsRow = rows(page).filter({ hasText: 'Parents newsletter' });
  await parentsRow.getByRole('button', { name: /Details/ }).click();
  const drawer = page.getByRole('dialog', { name: 'Invitation details' });
  await drawer.getByText('Who joined through it (0)').waitFor();
  await drawer.getByText('Created', { exact: true }).first().waitFor();
  await shot(page, 'admin-invitation-details');
  assert.deepEqual(await axeProblems(page), []);
  await page.keyboard.press('Escape');
  await page.waitForURL((url) => !url.search.includes('invitation='));

  let reloads = 0;
  page.on('load', () => reloads++);
  await parentsRow.getByRole('button', { name: /Revoke invitation/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke this invitation?' });
  await confirm.getByText(/cannot be undone/).waitFor();
  await shot(page, 'admin-revoke-dialog');
  await confirm.getByRole('button', { name: 'Revoke invitation' }).click();
  await parentsRow.getByText('Revoked').waitFor();
  assert.equal(reloads, 0);

  for (const label of ['Year 7 classroom', 'Staff room']) {
    await rows(page).filter({ hasText: label }).getByRole('checkbox').check();
  }
  await page.getByRole('button', { name: 'Revoke selected' }).click();
  const bulk = page.getByRole('dialog', { name: 'Revoke 2 invitations?' });
  await bulk.getByRole('button', { name: 'Revoke 2 invitations' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="invitation-row"] [data-status]')].every((b) => b.getAttribute('data-status') === 'REVOKED'));
  assert.equal(reloads, 0);
  await shot(page, 'admin-invites-revoked');

  // A student who joined through an invitation sees no Invites section, and a typed URL says so.
  const owner = await newAccount(product.base, 'Other Owner');
  const { createSchool } = await api(product.base, `mutation { createSchool(input: { name: "Student Test School", slug: "student-test" }) { id } }`, {}, owner);
  const { createInvitation } = await api(product.base, `mutation($s: ID!) { createInvitation(input: { schoolId: $s }) { code } }`, { s: createSchool.id }, owner);
  const studentContext = await product.browser.newContext();
  const student = await studentContext.newPage();
  await signUp(student, 'Sky Student', 'sky@example.org');
  const cookie = (await studentContext.cookies()).find((c) => c.name === 'si_session');
  await api(product.base, `mutation($c: String) { redeemInvitation(input: { code: $c }) { alreadyMember } }`, { c: createInvitation.code }, cookie.value);
  await student.goto(`${product.base}/schools/student-test`);
  await student.getByRole('heading', { name: 'Student Test School' }).waitFor();
  assert.equal(await student.getByRole('link', { name: /Invites/ }).count(), 0);
  await student.goto(`${product.base}/schools/student-test/settings/invites`);
  await student.getByRole('heading', { name: "You don't have access" }).waitFor();
  await shot(student, 'student-no-access');
  await context.close();
  await studentContext.close();
});
