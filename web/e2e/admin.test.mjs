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
    await page
      .getByTestId('created-invitation')
      .getByText(label === 'Staff room' ? /./ : /./)
      .first()
      .waitFor();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="invitation-row"]').length === n,
      created.length + 1,
    );
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
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="invitation-row"]').length === 3,
  );

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
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="invitation-row"]').length === 3,
  );
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
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="invitation-row"] [data-status]')].every(
      (b) => b.getAttribute('data-status') === 'REVOKED',
    ),
  );
  assert.equal(reloads, 0);
  await shot(page, 'admin-invites-revoked');

  // A student who joined through an invitation sees no Invites section, and a typed URL says so.
  const owner = await newAccount(product.base, 'Other Owner');
  const { createSchool } = await api(
    product.base,
    `mutation { createSchool(input: { name: "Student Test School", slug: "student-test" }) { id } }`,
    {},
    owner,
  );
  const { createInvitation } = await api(
    product.base,
    `mutation($s: ID!) { createInvitation(input: { schoolId: $s }) { code } }`,
    { s: createSchool.id },
    owner,
  );
  const studentContext = await product.browser.newContext();
  const student = await studentContext.newPage();
  await signUp(student, 'Sky Student', 'sky@example.org');
  const cookie = (await studentContext.cookies()).find((c) => c.name === 'si_session');
  await api(
    product.base,
    `mutation($c: String) { redeemInvitation(input: { code: $c }) { alreadyMember } }`,
    { c: createInvitation.code },
    cookie.value,
  );
  await student.goto(`${product.base}/schools/student-test`);
  await student.getByRole('heading', { name: 'Student Test School' }).waitFor();
  assert.equal(await student.getByRole('link', { name: /Invites/ }).count(), 0);
  await student.goto(`${product.base}/schools/student-test/settings/invites`);
  await student.getByRole('heading', { name: "You don't have access" }).waitFor();
  await shot(student, 'student-no-access');
  await context.close();
  await studentContext.close();
});

test('keyboard only: details and revoke give the focus back where it belongs', async () => {
  const owner = await newAccount(product.base, 'Kim Keyboard');
  const { createSchool } = await api(
    product.base,
    `mutation { createSchool(input: { name: "Keyboard Academy" }) { id slug } }`,
    {},
    owner,
  );
  for (const label of ['First', 'Second']) {
    await api(
      product.base,
      `mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { id } }`,
      { i: { schoolId: createSchool.id, label } },
      owner,
    );
  }
  const context = await product.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: 'si_session', value: owner, url: product.base }]);
  const page = await context.newPage();
  await page.goto(`${product.base}/schools/${createSchool.slug}/settings/invites`);
  const first = rows(page).filter({ hasText: 'First' });
  const focused = () =>
    page.evaluate(
      () =>
        document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent,
    );

  const details = first.getByRole('button', { name: /Details/ });
  await details.focus();
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog', { name: 'Invitation details' });
  await drawer.getByText('History').waitFor();
  await page.keyboard.press('Escape');
  await page.waitForURL((url) => !url.search.includes('invitation='));
  await page.waitForFunction(
    (name) => document.activeElement?.getAttribute('aria-label') === name,
    await details.getAttribute('aria-label'),
  );

  await first.getByRole('button', { name: /Revoke invitation/ }).focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Revoke this invitation?' });
  await confirm.getByText(/cannot be undone/).waitFor();
  // Tab to the red button, however many controls come first, and press it.
  for (let i = 0; i < 8 && (await focused()) !== 'Revoke invitation'; i++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await first.getByText('Revoked').waitFor();
  // Its Revoke button is gone; the focus is on the same invitation's Details, not lost to the page.
  await page.waitForFunction(
    (name) => document.activeElement?.getAttribute('aria-label') === name,
    await details.getAttribute('aria-label'),
  );
  assert.deepEqual(await axeProblems(page), []);
  await context.close();
});

test('after create and Revoke & replace every screen is right without a reload; links tell apart; search clears', async () => {
  const owner = await newAccount(product.base, 'Riley Replacer');
  const { createSchool } = await api(
    product.base,
    `mutation { createSchool(input: { name: "Replace Academy" }) { id slug } }`,
    {},
    owner,
  );
  const context = await product.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: 'si_session', value: owner, url: product.base }]);
  const page = await context.newPage();
  await page.goto(`${product.base}/schools/${createSchool.slug}/settings/invites`);
  await page.getByRole('heading', { name: 'Invites' }).waitFor();
  let reloads = 0;
  page.on('load', () => reloads++);

  // Create a teacher invitation for 25 people, valid 30 days: the panel repeats it; the form resets.
  await page.getByLabel('Where will you share it?').fill('Staff room');
  const choose = async (label, option) => {
    await page.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: option }).click();
  };
  await choose('Joins as', 'Teacher');
  await choose('Stops working after', '30 days');
  await choose('How many people can join', '25 people');
  await page.getByRole('button', { name: 'Create invitation' }).click();
  const summary = page.getByTestId('created-summary');
  await summary.waitFor();
  const expected = await page.evaluate(() =>
    new Date(Date.now() + 30 * 86_400_000).toLocaleDateString(),
  );
  assert.match(
    await summary.textContent(),
    /^Staff room: joins as teacher · up to 25 people · stops working on .+ \(.+\)$/,
  );
  assert.ok(
    (await summary.textContent()).includes(expected),
    `the summary gives the exact date ${expected}`,
  );
  assert.equal(await page.getByLabel('Where will you share it?').inputValue(), '');
  assert.equal(await page.getByRole('combobox', { name: 'Joins as' }).inputValue(), 'Student');
  assert.equal(
    await page.getByRole('combobox', { name: 'Stops working after' }).inputValue(),
    '7 days',
  );
  assert.equal(
    await page.getByRole('combobox', { name: 'How many people can join' }).inputValue(),
    'Unlimited',
  );
  await page.getByLabel('Where will you share it?').fill('Parents evening');
  await page.getByRole('button', { name: 'Create invitation' }).click();
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="invitation-row"]').length === 2,
  );

  // The Link column shows what tells the links apart, with the whole link on hover.
  const tails = await page
    .locator('[data-testid="invitation-row"] code[title]')
    .evaluateAll((codes) => codes.map((c) => ({ text: c.textContent, link: c.title })));
  assert.equal(tails.length, 2);
  assert.notEqual(tails[0].text, tails[1].text);
  for (const { text, link } of tails) {
    const token = link.split('/invite/')[1];
    assert.ok(
      text.startsWith(token.slice(0, 6)) && text.endsWith(token.slice(-5)),
      `${text} shows the start and end of ${token}`,
    );
  }

  // Revoke & replace asks first, with the same facts as Revoke.
  await rows(page)
    .filter({ hasText: 'Staff room' })
    .getByRole('button', { name: /Details/ })
    .click();
  const drawer = page.getByRole('dialog', { name: 'Invitation details' });
  await drawer.getByRole('button', { name: 'Revoke & replace' }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke and replace this invitation?' });
  for (const fact of [
    /immediate and cannot be undone/,
    /0 people joined through it\. They stay in the school\./,
    /social media/,
    /same role, label, usage limit and validity period/,
  ]) {
    await confirm.getByText(fact).waitFor();
  }
  await confirm.getByRole('button', { name: 'Revoke & replace' }).click();
  const replacement = drawer.getByTestId('replacement');
  await replacement.waitFor();
  assert.match(
    await replacement.getByTestId('created-summary').textContent(),
    /joins as teacher · up to 25 people/,
  );
  // The old invitation's details are right at once: who revoked it, and both entries in its history.
  const revokedRow = drawer.locator('tr', { has: page.locator('th', { hasText: /^Revoked$/ }) });
  await revokedRow.filter({ hasText: /by Riley Replacer$/ }).waitFor();
  assert.equal(await drawer.getByText(/by someone/).count(), 0);
  await drawer.getByText('Replaced by a new invitation').waitFor();
  await drawer.getByText('Revoked', { exact: true }).first().waitFor();
  await page.keyboard.press('Escape');
  await page.waitForURL((url) => !url.search.includes('invitation='));
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="invitation-row"]').length === 3,
  );
  await rows(page)
    .filter({ hasText: 'Staff room' })
    .filter({ has: page.locator('[data-status="REVOKED"]') })
    .waitFor();
  await rows(page)
    .filter({ hasText: 'Staff room' })
    .filter({ has: page.locator('[data-status="ACTIVE"]') })
    .waitFor();
  // Opened again, the old one still says so (from the cache, then from the server).
  await rows(page)
    .filter({ has: page.locator('[data-status="REVOKED"]') })
    .getByRole('button', { name: /Details/ })
    .click();
  await drawer.getByText('Replaced by a new invitation').waitFor();
  await revokedRow.filter({ hasText: /by Riley Replacer$/ }).waitFor();
  await page.keyboard.press('Escape');
  assert.equal(reloads, 0);

  // The search clears with one button.
  const search = page.getByLabel('Search invitations');
  await search.fill('parents');
  await page.waitForURL(/q=parents/);
  await page.getByRole('button', { name: 'Clear search' }).click();
  await page.waitForURL((url) => !url.search.includes('q='));
  assert.equal(await search.inputValue(), '');
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="invitation-row"]').length === 3,
  );
  await context.close();
});
