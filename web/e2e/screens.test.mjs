// Every main screen and state at 360, 390, 768 and 1280 px: nothing sticks out or is cut off
// (every button, card, badge, heading, dialog), one top-level heading, a title of its own, and no
// accessibility problem of any impact (axe, at phone and desktop width). Screenshots of each land
// in e2e/artifacts/; `DOCS_SCREENSHOTS=1 node --test e2e/screens.test.mjs` also writes the
// README's gallery in web/docs/.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  api,
  ARTIFACTS,
  axeProblems,
  newAccount,
  overflowProblems,
  startProduct,
} from './harness.mjs';

const DOCS =
  process.env.DOCS_SCREENSHOTS === '1'
    ? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs')
    : null;
const SCHOOL = 'St Bartholomew-the-Great Community Primary School';

let product;
let people;
let screens;

const createInvitation = async (token, schoolId, input) =>
  (
    await api(
      product.base,
      `mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { id code link } }`,
      { i: { schoolId, ...input } },
      token,
    )
  ).createInvitation;

/** A code with two neighbouring characters swapped: the check character catches it. */
function mistyped(code) {
  for (let i = 0; i < code.length - 1; i++) {
    if (code[i] !== code[i + 1])
      return code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
  }
  return `${code.slice(0, 10)}${code[10] === '2' ? '3' : '2'}`;
}

before(async () => {
  product = await startProduct();
  const owner = await newAccount(product.base, 'Olivia Owner-Fitzgerald');
  const teacher = await newAccount(product.base, 'Tom Teacher');
  const newcomer = await newAccount(product.base, 'Sam Newcomer');
  const school = (
    await api(
      product.base,
      `mutation($i: CreateSchoolInput!) { createSchool(input: $i) { id slug } }`,
      { i: { name: SCHOOL, description: 'A small school by the river.' } },
      owner,
    )
  ).createSchool;
  const parents = await createInvitation(owner, school.id, {
    label: 'Parents newsletter, autumn term edition',
    maxUses: 30,
    expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  });
  const classroom = await createInvitation(owner, school.id, { label: 'Year 7 classroom' });
  const staff = await createInvitation(owner, school.id, { label: 'Staff room', role: 'TEACHER' });
  const poster = await createInvitation(owner, school.id, { label: 'Old poster' });
  await api(
    product.base,
    `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`,
    { id: poster.id },
    owner,
  );
  await api(
    product.base,
    `mutation($c: String) { redeemInvitation(input: { code: $c }) { alreadyMember } }`,
    { c: staff.code },
    teacher,
  );
  people = { owner, teacher, newcomer };

  const invites = `/schools/${school.slug}/settings/invites`;
  const heading = (name) => (page) => page.getByRole('heading', { name, level: 1 }).waitFor();
  screens = [
    { name: 'home', path: '/', ready: heading('Invite your school in'), docs: 'home' },
    { name: 'sign-in', path: '/sign-in', ready: heading('Sign in'), docs: 'sign-in' },
    {
      name: 'sign-in-from-invitation',
      path: `/sign-in?next=${encodeURIComponent(new URL(parents.link).pathname)}`,
      ready: heading('Create an account to join'),
    },
    { name: 'join', path: '/join', ready: heading('Join a school'), docs: 'join' },
    {
      name: 'join-mistyped',
      state: true,
      path: '/join',
      ready: async (page) => {
        await page.getByLabel('Invitation code').fill(mistyped(classroom.code));
        await page.getByRole('button', { name: 'Continue' }).click();
        await page.getByText(/looks mistyped/).waitFor();
      },
    },
    {
      name: 'join-preview',
      state: true,
      as: 'newcomer',
      path: `/join?code=${classroom.code}`,
      ready: (page) => page.getByRole('button', { name: `Join ${SCHOOL}` }).waitFor(),
    },
    {
      name: 'invite',
      path: new URL(parents.link).pathname,
      ready: (page) => page.getByRole('button', { name: `Join ${SCHOOL}` }).waitFor(),
      docs: 'invite',
    },
    {
      name: 'invite-sign-up',
      state: true,
      path: new URL(parents.link).pathname,
      ready: async (page) => {
        await page.getByRole('button', { name: `Join ${SCHOOL}` }).click();
        await page.getByRole('button', { name: 'Create account and join' }).waitFor();
      },
    },
    {
      name: 'invite-revoked',
      state: true,
      path: new URL(poster.link).pathname,
      ready: (page) => page.getByText(/withdrawn by the school/).waitFor(),
    },
    { name: 'schools', as: 'owner', path: '/', ready: heading('Your schools') },
    { name: 'school', as: 'owner', path: `/schools/${school.slug}`, ready: heading(SCHOOL) },
    {
      name: 'invites',
      as: 'owner',
      path: invites,
      ready: (page) => page.getByTestId('invitation-row').nth(3).waitFor(),
      docs: 'invites',
    },
    {
      name: 'schools-menu',
      state: true,
      as: 'owner',
      path: invites,
      ready: async (page) => {
        await page.getByRole('button', { name: 'Schools' }).click();
        await page.getByRole('menuitem', { name: 'Join with a code' }).waitFor();
      },
    },
    {
      name: 'invite-created',
      state: true,
      as: 'owner',
      path: invites,
      ready: async (page) => {
        await page.getByLabel('Where will you share it?').fill('Assembly hall projector');
        await page.getByRole('button', { name: 'Create invitation' }).click();
        await page.getByTestId('created-summary').waitFor();
      },
    },
    {
      name: 'details',
      state: true,
      as: 'owner',
      path: `${invites}?invitation=${parents.id}`,
      ready: (page) =>
        page
          .getByRole('dialog', { name: 'Invitation details' })
          .getByText('Who joined through it (0)')
          .waitFor(),
      docs: 'details',
      viewportOnly: true,
    },
    {
      name: 'revoke-dialog',
      state: true,
      as: 'owner',
      path: `${invites}?invitation=${classroom.id}`,
      ready: async (page) => {
        await page
          .getByRole('dialog', { name: 'Invitation details' })
          .getByRole('button', { name: 'Revoke', exact: true })
          .click();
        await page
          .getByRole('dialog', { name: 'Revoke this invitation?' })
          .getByText(/cannot be undone/)
          .waitFor();
      },
      viewportOnly: true,
    },
    {
      name: 'replace-dialog',
      state: true,
      as: 'owner',
      path: `${invites}?invitation=${classroom.id}`,
      ready: async (page) => {
        await page
          .getByRole('dialog', { name: 'Invitation details' })
          .getByRole('button', { name: 'Revoke & replace' })
          .click();
        await page
          .getByRole('dialog', { name: 'Revoke and replace this invitation?' })
          .getByText(/cannot be undone/)
          .waitFor();
      },
      viewportOnly: true,
    },
    {
      name: 'members',
      as: 'owner',
      path: `/schools/${school.slug}/members`,
      ready: (page) => page.getByTestId('member-row').nth(1).waitFor(),
      docs: 'members',
    },
    {
      name: 'print',
      as: 'owner',
      path: `${invites}/${parents.id}/print`,
      ready: (page) => page.getByTestId('poster-limits').waitFor(),
      docs: 'print',
    },
    {
      name: 'print-as-teacher',
      as: 'teacher',
      path: `${invites}/${parents.id}/print`,
      ready: heading("You don't have access"),
    },
  ];
});

after(async () => {
  await product?.stop();
});

for (const width of [360, 390, 768, 1280]) {
  test(`every main screen at ${width}px: nothing overflows or is clipped, one h1, its own title${width === 390 || width === 1280 ? ', no axe problem' : ''}`, async () => {
    const contexts = new Map();
    const pageAs = async (who) => {
      if (!contexts.has(who)) {
        const context = await product.browser.newContext({
          viewport: { width, height: width < 700 ? 844 : 800 },
        });
        if (who)
          await context.addCookies([{ name: 'si_session', value: people[who], url: product.base }]);
        contexts.set(who, await context.newPage());
      }
      return contexts.get(who);
    };
    const problems = [];
    const titles = new Map();
    for (const screen of screens) {
      const page = await pageAs(screen.as ?? null);
      await page.goto(`${product.base}${screen.path}`);
      await screen.ready(page);
      // Let transitions (drawers, dialogs, menus) settle before measuring.
      await page.waitForTimeout(350);
      for (const problem of await overflowProblems(page))
        problems.push(`${screen.name}: ${problem}`);
      const h1 = await page.locator('h1').count();
      if (h1 !== 1) problems.push(`${screen.name}: ${h1} top-level headings`);
      const title = await page.title();
      if (!title.endsWith('· school-invites'))
        problems.push(`${screen.name}: the title "${title}" names no page`);
      // A state of a page (a dialog open, an error shown) keeps the page's title; pages differ.
      if (!screen.state) {
        if (titles.has(title))
          problems.push(`${screen.name}: the same title as ${titles.get(title)} ("${title}")`);
        titles.set(title, screen.name);
      }
      if (width === 390 || width === 1280) {
        for (const problem of await axeProblems(page)) problems.push(`${screen.name}: ${problem}`);
      }
      await page.screenshot({
        path: path.join(ARTIFACTS, `screen-${screen.name}-${width}.png`),
        fullPage: !screen.viewportOnly,
      });
      if (DOCS && screen.docs && (width === 390 || width === 1280)) {
        await page.screenshot({
          path: path.join(DOCS, `${screen.docs}-${width === 390 ? 'phone' : 'desktop'}.png`),
          fullPage: !screen.viewportOnly,
        });
      }
    }
    for (const page of contexts.values()) await page.context().close();
    assert.deepEqual(problems, []);
  });
}
