// After a leak: the owner opens an invitation three people joined through, revokes it and
// removes two of them with a block. One of those then fails to join through another invitation
// of the school, and the join page says so plainly; the third is still a member. The Members
// screen (members, blocked) and the leak review are checked at desktop and phone width
// (screenshots in e2e/artifacts/).
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
let leaked;
let other;
const people = {};

const createInvitation = `mutation($i: CreateInvitationInput!) {
  createInvitation(input: $i) { id code link }
}`;
const redeem = `mutation($c: String) { redeemInvitation(input: { code: $c }) { alreadyMember } }`;
const memberNames = async () =>
  (
    await api(
      product.base,
      `query($s: ID!) { school(id: $s) { members(first: 50) { edges { node { user { name } } } } } }`,
      { s: school.id },
      owner,
    )
  ).school.members.edges.map((edge) => edge.node.user.name);

before(async () => {
  ({ product, owner, school } = await productWithSchool());
  leaked = (
    await api(
      product.base,
      createInvitation,
      { i: { schoolId: school.id, role: 'STUDENT', label: 'Year 7 newsletter' } },
      owner,
    )
  ).createInvitation;
  other = (
    await api(
      product.base,
      createInvitation,
      { i: { schoolId: school.id, role: 'STUDENT', label: 'Open day' } },
      owner,
    )
  ).createInvitation;
  for (const name of ['Mallory Stranger', 'Trudy Intruder', 'Sam Student']) {
    people[name] = await newAccount(product.base, name);
    await api(product.base, redeem, { c: leaked.code }, people[name]);
  }
});
after(async () => {
  await product?.stop();
});

test('the owner revokes a leaked invitation and removes two who joined through it, with a block', async () => {
  const { context, page } = await pageAs(product, owner);

  await page.goto(`${product.base}/schools/${school.slug}/members`);
  await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor();
  await page.getByTestId('member-row').nth(3).waitFor();
  await page.getByRole('button', { name: 'Transfer ownership' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Leave school' }).count(), 0);
  await checkLayout(page, 'members');

  await page.goto(
    `${product.base}/schools/${school.slug}/settings/invites?invitation=${leaked.id}`,
  );
  const drawer = page.getByRole('dialog', { name: 'Invitation details' });
  await drawer.getByRole('heading', { name: 'Year 7 newsletter' }).waitFor();
  await drawer.getByRole('button', { name: 'Revoke and review who joined' }).click();
  const review = drawer.getByTestId('leak-review');
  await review.getByTestId('joiner-row').nth(2).waitFor();
  await drawer.getByText('Revoked', { exact: true }).first().waitFor();
  assert.match(await review.textContent(), /3 people joined through it; all are still members\./);
  await review.getByRole('checkbox', { name: 'Mallory Stranger' }).check();
  await review.getByRole('checkbox', { name: 'Trudy Intruder' }).check();
  await checkLayout(page, 'leak-review');

  await review.getByRole('button', { name: 'Remove 2 people…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove 2 members?' });
  await confirm.waitFor();
  assert.match(
    await confirm.textContent(),
    /(Mallory Stranger and Trudy Intruder|Trudy Intruder and Mallory Stranger) will be removed from the school and its groups\. Their past joins stay in the history\./,
  );
  await confirm.getByLabel('Also block them all').check();
  await confirm.getByLabel('Reason (optional)').fill('Joined through the leaked newsletter link');
  await checkLayout(page, 'leak-confirm');
  await confirm.getByRole('button', { name: 'Remove and block 2 people' }).click();
  await review.getByText('Removed 2 people and blocked them.').waitFor();
  await review.getByText(/3 people joined through it; 1 is still a member\./).waitFor();
  assert.equal(await review.getByRole('checkbox', { name: 'Mallory Stranger' }).isDisabled(), true);
  await checkLayout(page, 'leak-removed');

  // The Blocked tab lists both, with the reason; the Members tab no longer has them.
  await page.goto(`${product.base}/schools/${school.slug}/members?tab=blocked`);
  await page.getByTestId('blocked-row').nth(1).waitFor();
  assert.match(await page.getByTestId('blocked-row').first().textContent(), /leaked newsletter/);
  await checkLayout(page, 'members-blocked');
  await context.close();

  const names = await memberNames();
  assert.ok(names.includes('Sam Student'), 'the third is still a member');
  assert.ok(!names.includes('Mallory Stranger') && !names.includes('Trudy Intruder'));
});

test('someone blocked cannot join through another invitation, and the join page says so', async () => {
  const { context, page } = await pageAs(product, people['Mallory Stranger'], SIZES[1][1]);
  await page.goto(other.link);
  await page.getByRole('heading', { name: 'Riverside Primary' }).waitFor();
  const join = page.getByRole('button', { name: 'Join Riverside Primary' });
  // The page may say so before anyone presses Join (the preview knows); else joining answers it.
  if (await join.isVisible()) await join.click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(
    await alert.textContent(),
    /removed you and does not allow you to join again|cannot join this school through an invitation/,
  );
  await shot(page, 'leak-blocked-join-phone');
  assert.deepEqual(await axeProblems(page), []);
  await context.close();
  assert.ok(!(await memberNames()).includes('Mallory Stranger'));
});
