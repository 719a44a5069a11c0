// Managing people on the Members screen: the owner promotes a teacher, demotes an admin who made
// invitations (choosing to keep them), revokes one of those from the Left over tab, and hands the
// school to the promoted teacher; then a student leaves the school from its page. Each step is
// checked against the server, and the screens at desktop and phone width (e2e/artifacts/).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  api,
  axeProblems,
  checkLayout,
  newAccount,
  pageAs,
  productWithSchool,
  shot,
  SIZES,
} from './harness.mjs';

let product;
let owner;
let school;
const people = {};
const adaInvitations = [];

const createInvitation = `mutation($i: CreateInvitationInput!) {
  createInvitation(input: $i) { id code }
}`;
const redeem = `mutation($c: String) { redeemInvitation(input: { code: $c }) { alreadyMember } }`;

/** Each member's role, by name, as the server has it now. */
async function roles() {
  const data = await api(
    product.base,
    `query($s: ID!) { school(id: $s) { members(first: 50) { edges { node { role user { name } } } } } }`,
    { s: school.id },
    people['Tess Teacher'],
  );
  return Object.fromEntries(
    data.school.members.edges.map((edge) => [edge.node.user.name, edge.node.role]),
  );
}

async function join(name, role) {
  const { code } = (
    await api(
      product.base,
      createInvitation,
      { i: { schoolId: school.id, role, label: `For ${name}` } },
      owner,
    )
  ).createInvitation;
  people[name] = await newAccount(product.base, name);
  await api(product.base, redeem, { c: code }, people[name]);
}

before(async () => {
  ({ product, owner, school } = await productWithSchool());
  await join('Ada Admin', 'ADMIN');
  await join('Tess Teacher', 'TEACHER');
  await join('Sam Student', 'STUDENT');
  for (const label of ['Science club parents', 'Trip volunteers'])
    adaInvitations.push(
      (
        await api(
          product.base,
          createInvitation,
          { i: { schoolId: school.id, role: 'STUDENT', label } },
          people['Ada Admin'],
        )
      ).createInvitation,
    );
});
after(async () => {
  await product?.stop();
});

test('the owner changes roles; demoting an admin settles her invitations first', async () => {
  const { context, page } = await pageAs(product, owner);
  await page.goto(`${product.base}/schools/${school.slug}/members`);
  await page.getByTestId('member-row').nth(3).waitFor();

  // Teacher → admin: still staff, so it happens at once.
  await page.getByRole('combobox', { name: 'Role of Tess Teacher' }).selectOption('ADMIN');
  await page.getByTestId('members-notice').getByText('Tess Teacher is now admin.').waitFor();
  assert.equal((await roles())['Tess Teacher'], 'ADMIN');

  // Admin → student: she stops being staff, so a confirmation lists what she leaves behind.
  await page.getByRole('combobox', { name: 'Role of Ada Admin' }).selectOption('STUDENT');
  const dialog = page.getByRole('dialog', { name: 'Make Ada Admin a student?' });
  await dialog.getByRole('radiogroup', { name: 'Their 2 live invitations' }).waitFor();
  assert.match(await dialog.textContent(), /Science club parents/);
  assert.match(await dialog.textContent(), /stop leading every group they lead/);
  assert.equal((await roles())['Ada Admin'], 'ADMIN', 'nothing changes before confirming');
  await checkLayout(page, 'members-demote');
  await dialog.getByLabel('Keep them working: people can still join through them').check();
  await dialog.getByRole('button', { name: 'Make student' }).click();
  await page
    .getByTestId('members-notice')
    .getByText(/Ada Admin is now student\./)
    .waitFor();
  assert.equal((await roles())['Ada Admin'], 'STUDENT');

  // Kept invitations are left over: listed for review, and one of them revoked from there.
  await page.getByRole('tab', { name: 'Left over' }).click();
  await page.getByText('2 left-over invitations').waitFor();
  assert.match(page.url(), /\?tab=left-over$/);
  await checkLayout(page, 'members-left-over');
  await page
    .getByRole('checkbox', { name: /^Select invitation / })
    .first()
    .check();
  await page.getByRole('button', { name: 'Revoke selected' }).click();
  await page
    .getByRole('dialog', { name: 'Revoke this invitation?' })
    .getByRole('button', { name: 'Revoke invitation', exact: true })
    .click();
  await page.getByText('1 left-over invitation', { exact: true }).waitFor();
  const statuses = await Promise.all(
    adaInvitations.map(
      async ({ id }) =>
        (
          await api(
            product.base,
            `query($id: ID!) { invitation(id: $id) { status } }`,
            { id },
            owner,
          )
        ).invitation.status,
    ),
  );
  assert.deepEqual(statuses.sort(), ['ACTIVE', 'REVOKED']);
  await context.close();
});

test('the owner hands the school over and becomes an admin', async () => {
  const { context, page } = await pageAs(product, owner);
  await page.goto(`${product.base}/schools/${school.slug}/members`);
  await page.getByRole('button', { name: 'Transfer ownership' }).click();
  const dialog = page.getByRole('dialog', { name: 'Transfer ownership of Riverside Primary' });
  await dialog.getByRole('combobox', { name: 'New owner' }).fill('Tess');
  await dialog.getByRole('option', { name: 'Tess Teacher (admin)' }).click();
  assert.match(await dialog.textContent(), /Tess Teacher becomes the owner\./);
  await checkLayout(page, 'members-transfer');
  await dialog.getByRole('button', { name: 'Transfer ownership' }).click();
  await page.getByText('Tess Teacher now owns Riverside Primary. You are an admin.').waitFor();
  const now = await roles();
  assert.equal(now['Tess Teacher'], 'OWNER');
  assert.equal(now['Olive Owner'], 'ADMIN');
  // As an admin the former owner may leave, and may no longer transfer.
  await page.reload();
  await page.getByRole('button', { name: 'Leave school' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Transfer ownership' }).count(), 0);
  await context.close();
});

test('a student leaves the school from its page and no longer sees it', async () => {
  const { context, page } = await pageAs(product, people['Sam Student'], SIZES[1][1]);
  await page.goto(`${product.base}/schools/${school.slug}`);
  await page.getByRole('button', { name: 'Leave school' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave Riverside Primary?' });
  await dialog.waitFor();
  await shot(page, 'leave-school-phone');
  assert.deepEqual(await axeProblems(page), []);
  await dialog.getByRole('button', { name: 'Leave Riverside Primary' }).click();
  await page.waitForURL(`${product.base}/`);
  const mine = await api(product.base, `{ mySchools { id } }`, {}, people['Sam Student']);
  assert.deepEqual(mine.mySchools, []);
  assert.equal((await roles())['Sam Student'], undefined);
  await context.close();
});
