import { getNamedType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { getSchema } from '../../src/graphql/schema';
import { codes, useTestApp } from '../harness';
import { OPERATIONS } from '../operations';
import {
  allows,
  outcomeFor,
  seedWorld,
  VIEWERS,
  writtenState,
  type GroupKey,
  type Rule,
  type SchoolKey,
  type ViewerKind,
} from './viewers';

interface Requires extends Rule {
  signIn?: boolean;
  orSelf?: boolean;
  /** Declared open to anyone who reaches it, with why. */
  public?: string;
  /** Readable by whoever may read the object holding it. */
  withParent?: boolean;
}

/**
 * Where each object type is reached from Query, with the arguments that reach school A's data.
 * Every object of school A the sweep seeds belongs to group G (its invitation joins G, its pupil
 * joined through it), so a viewer who leads G leads the groups of every object a route reaches.
 * The one person school A removed and blocked is reached, not gone into: they belong to no school
 * now, so their email is theirs alone (member-rules.spec.ts checks it); who blocked them is.
 */
const ROUTES: string[][] = [
  ['school'],
  ['school', 'invitations'],
  ['school', 'invitations', 'edges'],
  ['school', 'invitations', 'edges', 'node'],
  ['school', 'invitations', 'pageInfo'],
  ['school', 'members'],
  ['school', 'members', 'edges', 'node'],
  ['school', 'members', 'edges', 'node', 'user'],
  ['school', 'members', 'edges', 'node', 'groups'],
  ['school', 'auditEvents', 'edges', 'node'],
  ['school', 'blockedUsers'],
  ['school', 'blockedUsers', 'edges', 'node'],
  ['school', 'blockedUsers', 'edges', 'node', 'blockedBy'],
  ['school', 'groups'],
  ['school', 'groups', 'edges', 'node'],
  ['school', 'groups', 'edges', 'node', 'leaders'],
  ['school', 'groups', 'edges', 'node', 'members', 'edges', 'node'],
  ['school', 'groups', 'edges', 'node', 'invitations', 'edges', 'node'],
  ['group'],
  ['group', 'school'],
  ['group', 'members', 'edges', 'node'],
  ['group', 'invitations', 'edges', 'node'],
  ['invitation'],
  ['invitation', 'groups'],
  ['invitation', 'redemptions', 'edges', 'node'],
  ['invitation', 'redemptions', 'edges', 'node', 'membership'],
  ['invitation', 'createdBy'],
  ['invitation', 'school'],
  ['invitationPreview'],
  ['apiTokens'],
  ['me'],
  ['mySchools'],
];
/** The root fields that look up one object of school A, with their argument and its variable. */
const LOOK_UPS: Record<string, { args: string; declaration: string }> = {
  school: { args: '(id: $school)', declaration: '$school: ID!' },
  invitation: { args: '(id: $invitation)', declaration: '$invitation: ID!' },
  group: { args: '(id: $group)', declaration: '$group: ID!' },
};
const ARGS: Record<string, { args: string; declaration: string }> = {
  ...LOOK_UPS,
  invitationPreview: { args: '(token: $token)', declaration: '$token: String' },
};
/** The groups of school A every object the sweep reaches there belongs to. */
const SWEEP_GROUPS: GroupKey[] = ['G'];

const schema = getSchema();
const requiresOf = (field: GraphQLField<unknown, unknown>) =>
  (field.extensions?.requires ?? null) as Requires | null;

function walk(route: string[]): {
  fields: GraphQLField<unknown, unknown>[];
  type: GraphQLObjectType;
} {
  let type = schema.getQueryType()!;
  const fields: GraphQLField<unknown, unknown>[] = [];
  for (const name of route) {
    const field = type.getFields()[name]!;
    fields.push(field);
    type = getNamedType(field.type) as GraphQLObjectType;
  }
  return { fields, type };
}

/**
 * What the shared role matrix, and the groups the viewer leads, say must happen when `viewer`
 * reads along `fields`. Routes from a look-up reach school A; the others (me, mySchools) reach the
 * viewer's own school, where leading a group is what the fields that allow leaders ask.
 */
function expected(
  viewer: ViewerKind,
  route: string[],
  fields: GraphQLField<unknown, unknown>[],
): string {
  const inA = route[0]! in LOOK_UPS;
  const groups = inA ? SWEEP_GROUPS : viewer.leads;
  for (const [i, field] of fields.entries()) {
    const requires = requiresOf(field);
    if (!viewer.member) {
      if (requires?.signIn) return 'UNAUTHENTICATED';
      if (route[i] === 'me') return 'NULL';
      continue;
    }
    if (i === 0 && inA && viewer.member.school !== 'A') return 'NOT_FOUND';
    if (requires?.orSelf && route[0] === 'me') continue;
    if (requires && !allows(viewer, requires, groups)) return 'FORBIDDEN';
  }
  return 'ALLOWED';
}

/** Nested pages ask for a few rows, so that the deepest routes stay under the cost limit. */
function selection(route: string[], fields: GraphQLField<unknown, unknown>[], leaf: string) {
  const argsOf = (name: string, i: number) => {
    if (i === 0) return ARGS[name]?.args ?? '';
    return fields[i]!.args.some((arg) => arg.name === 'first') ? '(first: 10)' : '';
  };
  return route.reduceRight((inner, name, i) => `${name}${argsOf(name, i)} { ${inner} }`, leaf);
}

/** The variables of `vars` that `document` declares. */
const used = (document: string, vars: Record<string, string>) =>
  Object.fromEntries(Object.entries(vars).filter(([name]) => document.includes(`$${name}:`)));

/**
 * Deny by default: every root operation and field declares who may use it (a guard, @Public or
 * @WithParent), or belongs to a type declared a carrier of other objects (@CarrierType). A field
 * that says nothing would otherwise be expected public above and pass.
 */
describe('every operation and field declares who may use it', () => {
  it('leaves none undeclared', () => {
    const roots = [
      schema.getQueryType(),
      schema.getMutationType(),
      schema.getSubscriptionType(),
    ].filter(Boolean);
    const undeclared: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      const carrier = !roots.includes(type) && type.extensions?.access === 'carrier';
      for (const field of Object.values(type.getFields())) {
        if (!carrier && !requiresOf(field)) undeclared.push(`${type.name}.${field.name}`);
      }
    }
    expect(undeclared).toEqual([]);
  });
});

describe('authorization sweep generated from the schema', () => {
  const app = useTestApp();
  const tokens: Record<string, string | null> = {};
  const vars: Record<string, string> = {};
  let cells = 0;

  beforeAll(async () => {
    const world = await seedWorld(app.seed);
    const { A, B } = world.schools;
    for (const viewer of VIEWERS) tokens[viewer.name] = world.token(viewer);
    // Only G stays live in school A, so every group a route lists is G.
    await app.as(A.owner).query(`mutation($id: ID!) { archiveGroup(id: $id) { id } }`, {
      id: world.groups.G2.id,
    });
    const invitation = await app.seed.invitation(A, { groups: [world.groups.G] });
    const [pupil] = await app.seed.users(1);
    await app.as(pupil!).query(OPERATIONS.redeemByToken, { t: invitation.token });
    const blocked = await app.seed.member(A, 'STUDENT');
    const removed = await app
      .as(A.owner)
      .query(
        `mutation($s: ID!, $m: [ID!]!) { removeMembers(schoolId: $s, membershipIds: $m, block: true, reason: "sweep") { blocked } }`,
        { s: A.id, m: [await app.seed.membershipId(A, blocked)] },
      );
    expect(removed.errors).toBeUndefined();
    for (const viewer of VIEWERS) {
      if (tokens[viewer.name])
        await app.gql(
          `mutation { createApiToken(name: "sweep") { secret } }`,
          {},
          { token: tokens[viewer.name] },
        );
    }
    const membershipOf = (school: typeof A, name: string) =>
      app.seed.membershipId(school, world.users[name]!);
    Object.assign(vars, {
      school: A.id,
      invitation: invitation.id,
      token: invitation.token,
      group: world.groups.G.id,
      otherSchool: B.id,
      otherGroup: world.groups.H.id,
      student: await membershipOf(A, 'STUDENT'),
      teacher: await membershipOf(A, 'TEACHER'),
      pupil: await app.seed.membershipId(A, pupil!),
      outsider: await membershipOf(B, 'OUTSIDER'),
      otherTeacher: await membershipOf(B, 'OTHER_LEADER'),
      blocked: blocked.id,
    });
  });

  afterAll(() => console.log(`authorization sweep: ${cells} cells checked`));

  for (const route of ROUTES) {
    const { fields, type } = walk(route);
    for (const leaf of Object.values(type.getFields())) {
      const leafSelection = isObjectType(getNamedType(leaf.type))
        ? `${leaf.name} { __typename }`
        : leaf.name;
      const declared = ARGS[route[0]!]?.declaration;
      const query = `query${declared ? `(${declared})` : ''} { ${selection(route, fields, leafSelection)} }`;
      for (const viewer of VIEWERS) {
        const outcome = expected(viewer, [...route, leaf.name], [...fields, leaf]);
        it(`${type.name}.${leaf.name} via ${route.join('.')} as ${viewer.name}: ${outcome}`, async () => {
          cells++;
          const result = await app.gql(query, used(query, vars), { token: tokens[viewer.name] });
          const [refusal] = codes(result);
          const observed = refusal ?? (result.data?.[route[0]!] === null ? 'NULL' : 'ALLOWED');
          expect(observed).toBe(outcome);
          // Nothing of school A ever reaches a viewer from another school.
          if (route[0]! in LOOK_UPS && viewer.member?.school !== 'A')
            expect(result.data?.[route[0]!] ?? null).toBeNull();
        });
      }
    }
  }

  describe('writes across schools', () => {
    interface Write {
      /** Who may, along the way (the guard, then what the service checks besides). */
      rules: Rule[];
      /** The school the write names, and the groups of the object it acts on. */
      school?: SchoolKey;
      groups?: GroupKey[];
      mutation: string;
      /**
       * Where the rules let a viewer through, the refusal the write itself gives (a group or
       * member of another school); without it those viewers are not run here (the permission
       * matrix checks what they may do).
       */
      otherwise?: string;
      /** What tells two writes of one operation with the same variables apart. */
      note?: string;
    }
    const CREATE: Rule = { permissions: ['INVITATIONS_CREATE'], orLeading: true };
    const REVOKE: Rule = { permissions: ['INVITATIONS_REVOKE'], orLeading: true };
    const MANAGE: Rule = { permissions: ['GROUPS_MANAGE'] };
    const MANAGE_OR_LEADING: Rule = { permissions: ['GROUPS_MANAGE'], orLeading: true };
    const MEMBERS: Rule = { permissions: ['MEMBERS_MANAGE'] };
    const PAUSE: Rule = { permissions: ['INVITATIONS_REVOKE'] };
    const OWNER_ONLY: Rule = { roles: ['OWNER'] };
    const WRITES: Write[] = [
      {
        rules: [CREATE],
        mutation: `mutation($school: ID!) { createInvitation(input: { schoolId: $school }) { id } }`,
      },
      {
        rules: [CREATE],
        groups: ['G'],
        mutation: `mutation($school: ID!, $group: ID!) { createInvitation(input: { schoolId: $school, groupIds: [$group] }) { id } }`,
      },
      {
        rules: [CREATE],
        groups: ['G'],
        mutation: `mutation($school: ID!, $group: ID!) { createInvitationBatch(input: { schoolId: $school, groupIds: [$group] }) { id } }`,
      },
      {
        rules: [REVOKE],
        groups: ['G'],
        mutation: `mutation($school: ID!, $invitation: ID!) { revokeInvitations(schoolId: $school, ids: [$invitation]) { id } }`,
      },
      {
        rules: [REVOKE, CREATE],
        groups: ['G'],
        mutation: `mutation($invitation: ID!) { replaceInvitation(id: $invitation) { id } }`,
      },
      {
        rules: [REVOKE],
        groups: ['G'],
        mutation: `mutation($invitation: ID!) { revokeInvitation(id: $invitation) { id } }`,
      },
      {
        rules: [MANAGE],
        mutation: `mutation($school: ID!) { createGroup(input: { schoolId: $school, name: "Sweep" }) { id } }`,
      },
      {
        rules: [MANAGE],
        groups: ['G'],
        mutation: `mutation($group: ID!) { archiveGroup(id: $group) { id } }`,
      },
      {
        rules: [MANAGE],
        groups: ['G'],
        mutation: `mutation($group: ID!) { setGroupLeaders(groupId: $group, membershipIds: []) { id } }`,
      },
      {
        rules: [MANAGE_OR_LEADING],
        groups: ['G'],
        mutation: `mutation($group: ID!, $student: ID!) { addGroupMembers(groupId: $group, membershipIds: [$student]) { id } }`,
      },
      {
        rules: [MANAGE_OR_LEADING],
        groups: ['G'],
        mutation: `mutation($group: ID!, $pupil: ID!) { removeGroupMembers(groupId: $group, membershipIds: [$pupil]) { id } }`,
      },
      {
        rules: [MEMBERS],
        mutation: `mutation($student: ID!) { changeMemberRole(membershipId: $student, role: TEACHER) { id } }`,
      },
      {
        rules: [MEMBERS],
        mutation: `mutation($school: ID!, $student: ID!) { removeMembers(schoolId: $school, membershipIds: [$student]) { removed } }`,
      },
      {
        rules: [MEMBERS],
        mutation: `mutation($school: ID!, $student: ID!) { removeMembers(schoolId: $school, membershipIds: [$student], block: true, reason: "sweep") { removed } }`,
        note: 'with a block',
      },
      {
        rules: [MEMBERS],
        mutation: `mutation($school: ID!, $blocked: ID!) { unblockUser(schoolId: $school, userId: $blocked) }`,
      },
      {
        rules: [PAUSE],
        mutation: `mutation($school: ID!) { pauseInvitations(schoolId: $school) { id } }`,
      },
      {
        rules: [PAUSE],
        mutation: `mutation($school: ID!) { resumeInvitations(schoolId: $school) { id } }`,
      },
      {
        rules: [],
        mutation: `mutation($school: ID!) { leaveSchool(schoolId: $school) }`,
      },
      {
        rules: [OWNER_ONLY],
        mutation: `mutation($school: ID!, $student: ID!) { transferOwnership(schoolId: $school, membershipId: $student) { id } }`,
      },
      {
        rules: [{ permissions: ['SCHOOL_MANAGE'] }],
        mutation: `mutation($school: ID!) { updateInvitationPolicy(schoolId: $school, input: {
          allowedEmailDomains: ["sweep.example"], maxExpiryDays: 7, staffInvitationsMustBeLimited: true }) { id } }`,
      },
      // Naming another school's group or member, from either school.
      {
        rules: [CREATE],
        school: 'B',
        groups: ['G'],
        mutation: `mutation($otherSchool: ID!, $group: ID!) { createInvitation(input: { schoolId: $otherSchool, groupIds: [$group] }) { id } }`,
        otherwise: 'BAD_USER_INPUT',
      },
      {
        rules: [CREATE],
        school: 'B',
        groups: ['G'],
        mutation: `mutation($otherSchool: ID!, $group: ID!) { createInvitationBatch(input: { schoolId: $otherSchool, groupIds: [$group] }) { id } }`,
        otherwise: 'BAD_USER_INPUT',
      },
      {
        rules: [CREATE],
        groups: ['H'],
        mutation: `mutation($school: ID!, $otherGroup: ID!) { createInvitation(input: { schoolId: $school, groupIds: [$otherGroup] }) { id } }`,
        otherwise: 'BAD_USER_INPUT',
      },
      {
        rules: [REVOKE],
        school: 'B',
        groups: ['G'],
        mutation: `mutation($otherSchool: ID!, $invitation: ID!) { revokeInvitations(schoolId: $otherSchool, ids: [$invitation]) { id } }`,
        otherwise: 'NOT_FOUND',
      },
      {
        rules: [MANAGE],
        school: 'B',
        mutation: `mutation($otherSchool: ID!, $teacher: ID!) { createGroup(input: { schoolId: $otherSchool, name: "Sweep", leaderIds: [$teacher] }) { id } }`,
        otherwise: 'BAD_USER_INPUT',
      },
      {
        rules: [MANAGE],
        school: 'B',
        groups: ['H'],
        mutation: `mutation($otherGroup: ID!, $teacher: ID!) { setGroupLeaders(groupId: $otherGroup, membershipIds: [$teacher]) { id } }`,
        otherwise: 'BAD_USER_INPUT',
      },
      {
        rules: [MANAGE_OR_LEADING],
        school: 'B',
        groups: ['H'],
        mutation: `mutation($otherGroup: ID!, $student: ID!) { addGroupMembers(groupId: $otherGroup, membershipIds: [$student]) { id } }`,
        otherwise: 'BAD_USER_INPUT',
      },
      {
        rules: [MANAGE_OR_LEADING],
        school: 'B',
        groups: ['H'],
        mutation: `mutation($otherGroup: ID!, $pupil: ID!) { removeGroupMembers(groupId: $otherGroup, membershipIds: [$pupil]) { id } }`,
        otherwise: 'BAD_USER_INPUT',
      },
      {
        rules: [MANAGE_OR_LEADING],
        groups: ['G'],
        mutation: `mutation($group: ID!, $outsider: ID!) { addGroupMembers(groupId: $group, membershipIds: [$outsider]) { id } }`,
        otherwise: 'BAD_USER_INPUT',
      },
      {
        rules: [MEMBERS],
        mutation: `mutation($school: ID!, $outsider: ID!) { removeMembers(schoolId: $school, membershipIds: [$outsider], block: true) { removed } }`,
        otherwise: 'BAD_USER_INPUT',
      },
      {
        rules: [MEMBERS],
        school: 'B',
        mutation: `mutation($otherSchool: ID!, $student: ID!) { removeMembers(schoolId: $otherSchool, membershipIds: [$student], block: true) { removed } }`,
        otherwise: 'BAD_USER_INPUT',
      },
      {
        rules: [MEMBERS],
        school: 'B',
        mutation: `mutation($otherTeacher: ID!) { changeMemberRole(membershipId: $otherTeacher, role: STUDENT) { id } }`,
      },
      {
        rules: [MEMBERS],
        school: 'B',
        mutation: `mutation($otherSchool: ID!, $blocked: ID!) { unblockUser(schoolId: $otherSchool, userId: $blocked) }`,
      },
      {
        rules: [PAUSE],
        school: 'B',
        mutation: `mutation($otherSchool: ID!) { pauseInvitations(schoolId: $otherSchool) { id } }`,
      },
      {
        rules: [],
        school: 'B',
        mutation: `mutation($otherSchool: ID!) { leaveSchool(schoolId: $otherSchool) }`,
      },
      {
        rules: [OWNER_ONLY],
        mutation: `mutation($school: ID!, $outsider: ID!) { transferOwnership(schoolId: $school, membershipId: $outsider) { id } }`,
        otherwise: 'BAD_USER_INPUT',
      },
    ];
    const operationOf = (mutation: string) => /\{\s*(\w+)/.exec(mutation)![1]!;

    it('covers every guarded mutation', () => {
      const guarded = Object.values(schema.getMutationType()!.getFields())
        .filter((field) => requiresOf(field)?.permissions)
        .map((field) => field.name);
      const written = new Set(WRITES.map((write) => operationOf(write.mutation)));
      expect(guarded.filter((name) => !written.has(name))).toEqual([]);
    });

    for (const write of WRITES) {
      const named = [...write.mutation.matchAll(/\$(\w+):/g)].map((match) => match[1]);
      const name = `${operationOf(write.mutation)}(${named.join(', ')})${write.note ? ` ${write.note}` : ''}`;
      for (const viewer of VIEWERS) {
        const refusal = outcomeFor(viewer, write.rules, write.groups, write.school);
        const outcome = refusal === 'ALLOWED' ? write.otherwise : refusal;
        if (!outcome) continue;
        it(`${name} as ${viewer.name}: ${outcome}, and nothing written`, async () => {
          cells++;
          const before = await writtenState(app.db);
          const result = await app.gql(write.mutation, used(write.mutation, vars), {
            token: tokens[viewer.name],
          });
          expect(codes(result)).toEqual([outcome]);
          expect(await writtenState(app.db)).toEqual(before);
        });
      }
    }
  });
});
