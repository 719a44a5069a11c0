// A teacher's own class: the owner makes a class led by a teacher; the teacher (who may not see
// the school's Invites) invites students into it from My classes, a student joins through the
// code and lands in the class, and the teacher sees them and removes them. The Groups screen and
// My classes are checked at desktop and phone width (screenshots in e2e/artifacts/).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, checkLayout, pageAs, productWithSchool, shot, SIZES } from './harness.mjs';

let product;
let owner;
let school;

const TEACHER = { name: 'Tess Teacher', email: 'tess@example.org', password: 'tess-password-1' };

before(async () => {
  ({ product, owner, school } = await productWithSchool());
  const teacher = (
    await api(product.base, `mutation($i: SignUpInput!) { signUp(input: $i) { token } }`, {
      i: TEACHER,
    })
  ).signUp.token;
  const staff = (
    await api(
      product.base,
      `mutation($s: ID!) { createInvitation(input: { schoolId: $s, role: TEACHER }) { code } }`,
      { s: school.id },
      owner,
    )
  ).createInvitation;
  await api(
    product.base,
    `mutation($c: String) { redeemInvitation(input: { code: $c }) { alreadyMember } }`,
    { c: staff.code },
    teacher,
  );
  const members = (
    await api(
      product.base,
      `query($s: ID!) { school(id: $s) { members(first: 10) { edges { node { id user { name } } } } } }`,
      { s: school.id },
      owner,
    )
  ).school.members.edges.map((edge) => edge.node);
  const tess = members.find((member) => member.user.name === TEACHER.name);
  const createGroup = `mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`;
  for (const input of [
    { name: 'Year 7 Maple', kind: 'CLASS', capacity: 30, leaderIds: [tess.id] },
    { name: 'Year 8 Oak, the class with the longest name in the whole school', kind: 'CLASS' },
    { name: 'Chess club', kind: 'CLUB', description: 'Tuesdays after school', capacity: 12 },
  ])
    await api(product.base, createGroup, { i: { schoolId: school.id, ...input } }, owner);
});
after(async () => {
  await product?.stop();
});

test("the owner's Groups screen lists the school's groups, at desktop and phone width", async () => {
  const { context, page } = await pageAs(product, owner);
  await page.goto(`${product.base}/schools/${school.slug}`);
  await page.getByRole('link', { name: 'School settings → Groups' }).click();
  await page.getByRole('heading', { name: 'Groups', level: 1 }).waitFor();
  await page.getByTestId('group-row').nth(2).waitFor();
  const maple = page.getByTestId('group-row').filter({ hasText: 'Year 7 Maple' });
  assert.match(await maple.textContent(), /Class.*0 \/ 30.*Tess Teacher.*Active/);
  await checkLayout(page, 'groups');

  // The group's own page, as someone who manages groups sees it.
  await maple.getByRole('link', { name: 'Year 7 Maple' }).click();
  await page.getByRole('heading', { name: 'Year 7 Maple', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Change leaders' }).waitFor();
  await page.getByRole('button', { name: 'Archive group' }).waitFor();
  await page.getByText('No invitation joins this group yet', { exact: false }).waitFor();
  await checkLayout(page, 'group');
  await context.close();
});

test('a teacher invites a student into their class, sees them join, and removes them', async () => {
  const teacherContext = await product.browser.newContext({ viewport: SIZES[0][1] });
  const teacher = await teacherContext.newPage();
  await teacher.goto(`${product.base}/sign-in`);
  await teacher.getByText('I have an account').click();
  await teacher.getByLabel('Email').fill(TEACHER.email);
  await teacher.locator('input[type=password]').fill(TEACHER.password);
  await teacher.getByRole('button', { name: 'Sign in' }).click();
  await teacher.getByRole('heading', { name: 'Your schools' }).waitFor();

  await teacher.goto(`${product.base}/schools/${school.slug}`);
  await teacher.getByRole('heading', { name: 'Riverside Primary' }).waitFor();
  // A teacher may not see the school's invitations: no Invites in the school's navigation.
  assert.equal(await teacher.getByRole('link', { name: /Invites/ }).count(), 0);
  await teacher.getByRole('link', { name: 'My classes' }).click();
  await teacher.getByRole('heading', { name: 'My classes', level: 1 }).waitFor();
  const cards = teacher.getByTestId('class-card');
  await cards.first().waitFor();
  assert.equal(await cards.count(), 1);
  assert.match(await cards.first().textContent(), /Year 7 Maple/);
  await checkLayout(teacher, 'my-classes');

  await cards.first().getByRole('link', { name: 'Year 7 Maple' }).click();
  await teacher.getByRole('heading', { name: 'Year 7 Maple', level: 1 }).waitFor();
  await teacher.getByRole('button', { name: 'New invitation for this group' }).click();
  await teacher.getByLabel('Where will you share it?').fill('Year 7 Maple, first day');
  await teacher.getByRole('button', { name: 'Create invitation' }).click();
  const created = teacher.getByTestId('created-invitation');
  await created.waitFor();
  assert.match(
    await created.getByTestId('created-summary').textContent(),
    /student in Year 7 Maple/,
  );
  const code = (await created.getByTestId('share-code').textContent()).trim();
  await teacher.getByTestId('invitation-row').first().waitFor();
  await checkLayout(teacher, 'my-class');

  const studentContext = await product.browser.newContext({ viewport: SIZES[1][1] });
  const student = await studentContext.newPage();
  await student.goto(`${product.base}/join`);
  await student.getByLabel('Invitation code').pressSequentially(code);
  await student.getByRole('button', { name: 'Continue' }).click();
  await student.getByRole('heading', { name: 'Riverside Primary' }).waitFor();
  assert.equal((await student.getByTestId('join-groups').textContent()).trim(), 'Year 7 Maple');
  assert.match(await student.title(), /^Join Riverside Primary · Year 7 Maple/);
  await shot(student, 'groups-join-preview');
  await student.getByRole('button', { name: 'Join Riverside Primary · Year 7 Maple' }).click();
  await student.getByLabel('Your name').fill('Sam Student');
  await student.getByLabel('Email').fill('sam@example.org');
  await student.locator('input[type=password]').fill('sam-password-12');
  await student.getByRole('button', { name: 'Create account and join' }).click();
  await student.getByRole('heading', { name: 'Riverside Primary' }).waitFor();
  await student.getByText('You are now in Year 7 Maple.').waitFor();
  await shot(student, 'groups-joined');

  await teacher.reload();
  const row = teacher.getByTestId('member-row').filter({ hasText: 'Sam Student' });
  await row.waitFor();
  await row.getByRole('button', { name: 'Remove Sam Student from the group' }).click();
  await teacher
    .getByText('Removed Sam Student from Year 7 Maple. They are still in the school.')
    .waitFor();
  await teacher.waitForFunction(
    () =>
      ![...document.querySelectorAll('[data-testid="member-row"]')].some((r) =>
        r.textContent.includes('Sam Student'),
      ),
  );

  // The school's Invites screen stays closed to the teacher, however they get there.
  await teacher.goto(`${product.base}/schools/${school.slug}/settings/invites`);
  await teacher.getByRole('heading', { name: "You don't have access" }).waitFor();
  await teacherContext.close();
  await studentContext.close();
});
