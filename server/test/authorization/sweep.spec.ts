import { getNamedType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import {
  ROLE_PERMISSIONS,
  SCHOOL_ROLES,
  type Permission,
  type SchoolRole,
} from '@school-invites/shared';
import { getSchema } from '../../src/graphql/schema';
import { codes, useTestApp } from '../harness';
import { OPERATIONS } from '../operations';

type Who = SchoolRole | 'ANONYMOUS' | 'OUTSIDER';
const EVERYONE: Who[] = ['ANONYMOUS', 'OUTSIDER', ...SCHOOL_ROLES];
interface Requires {
  signIn?: boolean;
  permissions?: Permission[];
  orSelf?: boolean;
  /** Declared open to anyone who reaches it, with why. */
  public?: string;
  /** Readable by whoever may read the object holding it. */
  withParent?: boolean;
}

/** Where each object type is reached from Query, with the arguments that reach school A's data. */
const ROUTES: string[][] = [
  ['school'],
  ['school', 'invitations'],
  ['school', 'invitations', 'edges'],
  ['school', 'invitations', 'edges', 'node'],
  ['school', 'invitations', 'pageInfo'],
  ['school', 'members'],
  ['school', 'members', 'edges', 'node'],
  ['school', 'members', 'edges', 'node', 'user'],
  ['school', 'auditEvents', 'edges', 'node'],
  ['invitation'],
  ['invitation', 'redemptions', 'edges', 'node'],
  ['invitation', 'createdBy'],
  ['invitation', 'school'],
  ['invitationPreview'],
  ['apiTokens'],
  ['me'],
  ['mySchools'],
];
const ARGS: Record<string, string> = {
  school: '(id: $school)',
  invitation: '(id: $invitation)',
  invitationPreview: '(token: $token)',
};

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

/** What the shared role matrix says must happen when `who` reads along `fields`. */
function expected(who: Who, route: string[], fields: GraphQLField<unknown, unknown>[]): string {
  for (const [i, field] of fields.entries()) {
    const requires = requiresOf(field);
    if (who === 'ANONYMOUS') {
      if (requires?.signIn) return 'UNAUTHENTICATED';
      if (route[i] === 'me') return 'NULL';
      continue;
    }
    if (who === 'OUTSIDER' && (route[i] === 'school' || route[i] === 'invitation') && i === 0)
      return 'NOT_FOUND';
    if (who === 'OUTSIDER') continue;
    if (requires?.orSelf && route[0] === 'me') continue;
    if (
      requires?.permissions &&
      !requires.permissions.some((p) => ROLE_PERMISSIONS[who].includes(p))
    )
      return 'FORBIDDEN';
  }
  return 'ALLOWED';
}

function selection(route: string[], leaf: string) {
  return route.reduceRight(
    (inner, name, i) => `${name}${i === 0 ? (ARGS[name] ?? '') : ''} { ${inner} }`,
    leaf,
  );
}

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
  const tokens = {} as Record<Who, string | null>;
  const vars = {} as Record<string, string>;
  let cells = 0;

  beforeAll(async () => {
    const school = await app.seed.school();
    const other = await app.seed.school();
    tokens.ANONYMOUS = null;
    tokens.OUTSIDER = (await app.seed.member(other, 'ADMIN')).token;
    tokens.OWNER = school.owner.token;
    for (const role of ['ADMIN', 'TEACHER', 'STUDENT'] as const)
      tokens[role] = (await app.seed.member(school, role)).token;
    const invitation = await app.seed.invitation(school);
    const [pupil] = await app.seed.users(1);
    await app.as(pupil!).query(OPERATIONS.redeemByToken, { t: invitation.token });
    for (const who of EVERYONE) {
      if (tokens[who])
        await app.gql(
          `mutation { createApiToken(name: "sweep") { secret } }`,
          {},
          { token: tokens[who] },
        );
    }
    Object.assign(vars, { school: school.id, invitation: invitation.id, token: invitation.token });
  });

  afterAll(() => console.log(`authorization sweep: ${cells} cells checked`));

  for (const route of ROUTES) {
    const { fields, type } = walk(route);
    for (const leaf of Object.values(type.getFields())) {
      const leafSelection = isObjectType(getNamedType(leaf.type))
        ? `${leaf.name} { __typename }`
        : leaf.name;
      const declared = [
        ['school', '$school: ID!'],
        ['invitation', '$invitation: ID!'],
        ['invitationPreview', '$token: String'],
      ]
        .filter(([name]) => route[0] === name)
        .map(([, declaration]) => declaration);
      const query = `query${declared.length ? `(${declared.join(', ')})` : ''} { ${selection(route, leafSelection)} }`;
      for (const who of EVERYONE) {
        const outcome = expected(who, [...route, leaf.name], [...fields, leaf]);
        it(`${type.name}.${leaf.name} via ${route.join('.')} as ${who}: ${outcome}`, async () => {
          cells++;
          const used = Object.fromEntries(
            Object.entries(vars).filter(([name]) => query.includes(`$${name}:`)),
          );
          const result = await app.gql(query, used, { token: tokens[who] });
          const [refusal] = codes(result);
          const observed = refusal ?? (result.data?.[route[0]!] === null ? 'NULL' : 'ALLOWED');
          expect(observed).toBe(outcome);
          // Nothing of school A ever reaches a viewer from another school.
          if (
            who === 'OUTSIDER' &&
            route[0] !== 'me' &&
            route[0] !== 'mySchools' &&
            route[0] !== 'apiTokens' &&
            route[0] !== 'invitationPreview'
          ) {
            expect(result.data?.[route[0]!] ?? null).toBeNull();
          }
        });
      }
    }
  }

  describe('writes across schools', () => {
    const WRITES: [string, Permission, string][] = [
      [
        'createInvitation',
        'INVITATIONS_CREATE',
        `mutation($school: ID!) { createInvitation(input: { schoolId: $school }) { id } }`,
      ],
      [
        'revokeInvitations',
        'INVITATIONS_REVOKE',
        `mutation($school: ID!, $invitation: ID!) { revokeInvitations(schoolId: $school, ids: [$invitation]) { id } }`,
      ],
      [
        'replaceInvitation',
        'INVITATIONS_REVOKE',
        `mutation($invitation: ID!) { replaceInvitation(id: $invitation) { id } }`,
      ],
      [
        'revokeInvitation',
        'INVITATIONS_REVOKE',
        `mutation($invitation: ID!) { revokeInvitation(id: $invitation) { id } }`,
      ],
    ];
    for (const [name, permission, mutation] of WRITES) {
      for (const who of EVERYONE.filter(
        (w) =>
          w === 'ANONYMOUS' ||
          w === 'OUTSIDER' ||
          !ROLE_PERMISSIONS[w as SchoolRole].includes(permission),
      )) {
        const outcome =
          who === 'ANONYMOUS' ? 'UNAUTHENTICATED' : who === 'OUTSIDER' ? 'NOT_FOUND' : 'FORBIDDEN';
        it(`${name} as ${who}: ${outcome}, and nothing written`, async () => {
          cells++;
          const count = () =>
            app.db
              .query(`SELECT count(*)::int n, count(revoked_at)::int r FROM invitations`)
              .then((rows: any[]) => JSON.stringify(rows[0]));
          const before = await count();
          const used = Object.fromEntries(
            Object.entries(vars).filter(([name]) => mutation.includes(`$${name}:`)),
          );
          const result = await app.gql(mutation, used, { token: tokens[who] });
          expect(codes(result)).toEqual([outcome]);
          expect(await count()).toBe(before);
        });
      }
    }
  });
});
