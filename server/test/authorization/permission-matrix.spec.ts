import {
  ROLE_PERMISSIONS,
  SCHOOL_ROLES,
  type Permission,
  type SchoolRole,
} from '@school-invites/shared';
import { codes, useTestApp, type GqlResult } from '../harness';
import type { SeedSchool, SeedUser } from '../seed';
import { OPERATIONS } from '../operations';

type Who = SchoolRole | 'ANONYMOUS' | 'OUTSIDER';
const EVERYONE: Who[] = ['ANONYMOUS', 'OUTSIDER', ...SCHOOL_ROLES];

interface Cell {
  name: string;
  permission: Permission;
  run(token: string | null): Promise<GqlResult>;
  /** Where the data appears when allowed. */
  allowed(result: GqlResult): unknown;
}

/** What the role matrix in shared/ says must happen, so changing the matrix changes this test. */
function expected(who: Who, permission: Permission): string {
  if (who === 'ANONYMOUS') return 'UNAUTHENTICATED';
  if (who === 'OUTSIDER') return 'NOT_FOUND';
  return ROLE_PERMISSIONS[who].includes(permission) ? 'ALLOWED' : 'FORBIDDEN';
}

describe('permission matrix: every guarded field and operation for every kind of viewer', () => {
  const app = useTestApp();
  let school: SeedSchool;
  const viewers = {} as Record<Who, SeedUser | null>;
  let invitationId: string;
  let colleague: SeedUser;

  beforeAll(async () => {
    school = await app.seed.school();
    viewers.OWNER = school.owner;
    viewers.ADMIN = await app.seed.member(school, 'ADMIN');
    viewers.TEACHER = await app.seed.member(school, 'TEACHER');
    viewers.STUDENT = await app.seed.member(school, 'STUDENT');
    viewers.ANONYMOUS = null;
    viewers.OUTSIDER = (await app.seed.school()).owner;
    colleague = await app.seed.member(school, 'STUDENT');
    const created = await app.gql(
      `mutation($s: ID!) { createInvitation(input: { schoolId: $s, label: "matrix" }) { id } }`,
      { s: school.id },
      { token: school.owner.token },
    );
    invitationId = created.data!.createInvitation.id;
  });

  const cells: Cell[] = [
    {
      name: 'School.members',
      permission: 'MEMBERS_VIEW',
      run: (token) =>
        app.gql(
          `query($id: ID!) { school(id: $id) { id members { totalCount } } }`,
          { id: school.id },
          { token },
        ),
      allowed: (r) => r.data?.school?.members?.totalCount,
    },
    {
      name: 'User.email of another member',
      permission: 'MEMBERS_VIEW',
      run: (token) =>
        app
          .gql(
            `query($id: ID!) { school(id: $id) { members(first: 100) { edges { node { user { id email } } } } } }`,
            { id: school.id },
            { token },
          )
          .then((r) => r),
      allowed: (r) => r.data?.school?.members?.edges?.length,
    },
    {
      name: 'School.invitations',
      permission: 'INVITATIONS_VIEW',
      run: (token) =>
        app.gql(
          `query($id: ID!) { school(id: $id) { id invitations { totalCount edges { node { code link } } } } }`,
          { id: school.id },
          { token },
        ),
      allowed: (r) => r.data?.school?.invitations?.edges?.[0]?.node?.code,
    },
    {
      name: 'Query.invitation with code and link',
      permission: 'INVITATIONS_VIEW',
      run: (token) =>
        app.gql(
          `query($id: ID!) { invitation(id: $id) { id code link redemptions { totalCount } } }`,
          { id: invitationId },
          { token },
        ),
      allowed: (r) => r.data?.invitation?.link,
    },
    {
      name: 'Mutation.createInvitation',
      permission: 'INVITATIONS_CREATE',
      run: (token) => app.gql(OPERATIONS.createInvitation, { s: school.id }, { token }),
      allowed: (r) => r.data?.createInvitation?.code,
    },
    {
      name: 'Mutation.revokeInvitation',
      permission: 'INVITATIONS_REVOKE',
      run: async (token) => {
        const fresh = await app
          .as(school.owner)
          .query(OPERATIONS.createInvitation, { s: school.id });
        return app.gql(
          `mutation($id: ID!) { revokeInvitation(id: $id) { id status } }`,
          { id: fresh.data!.createInvitation.id },
          { token },
        );
      },
      allowed: (r) => r.data?.revokeInvitation?.status === 'REVOKED',
    },
    {
      name: 'School.auditEvents (as SCHOOL_MANAGE or INVITATIONS_VIEW)',
      permission: 'INVITATIONS_VIEW',
      run: (token) =>
        app.gql(
          `query($id: ID!) { school(id: $id) { auditEvents { totalCount } } }`,
          { id: school.id },
          { token },
        ),
      allowed: (r) => r.data?.school?.auditEvents?.totalCount,
    },
  ];

  for (const cell of cells) {
    for (const who of EVERYONE) {
      const outcome = expected(who, cell.permission);
      it(`${cell.name} as ${who}: ${outcome}`, async () => {
        const result = await cell.run(viewers[who]?.token ?? null);
        if (outcome === 'ALLOWED') {
          expect(result.errors).toBeUndefined();
          expect(cell.allowed(result)).toBeTruthy();
        } else if (cell.name.startsWith('User.email') && outcome === 'FORBIDDEN') {
          // Students cannot list members at all, so they never reach another member's email.
          expect(codes(result)).toContain('FORBIDDEN');
        } else {
          expect(codes(result)).toContain(outcome);
          expect(cell.allowed(result)).toBeFalsy();
        }
      });
    }
  }

  it('resolves a forbidden field to null while its siblings still resolve', async () => {
    const result = await app.gql(
      `query($id: ID!) { school(id: $id) { id name invitations { totalCount } } }`,
      { id: school.id },
      { token: viewers.TEACHER!.token },
    );
    expect(result.data!.school).toEqual({ id: school.id, name: school.name, invitations: null });
    expect(result.errors![0]).toMatchObject({
      path: ['school', 'invitations'],
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it("shows a user their own email, and another member's only with MEMBERS_VIEW", async () => {
    const q = `query($id: ID!) { school(id: $id) { members(first: 100) { edges { node { user { id email } } } } } }`;
    const asTeacher = await app.gql(q, { id: school.id }, { token: viewers.TEACHER!.token });
    const emails = asTeacher.data!.school.members.edges.map((e: any) => e.node.user.email);
    expect(emails).toContain(colleague.email);
    expect(
      (await app.gql(`{ me { email } }`, {}, { token: viewers.STUDENT!.token })).data!.me.email,
    ).toBe(viewers.STUDENT!.email);
  });

  it('reports the viewer role and permissions from the shared matrix', async () => {
    for (const role of SCHOOL_ROLES) {
      const r = await app.gql(
        `query($id: ID!) { school(id: $id) { viewerRole viewerPermissions } }`,
        { id: school.id },
        { token: viewers[role]!.token },
      );
      expect(r.data!.school).toEqual({
        viewerRole: role,
        viewerPermissions: [...ROLE_PERMISSIONS[role]],
      });
    }
  });

  it('gives NOT_FOUND, not FORBIDDEN, for a school or invitation the viewer cannot see', async () => {
    const outsider = app.as(viewers.OUTSIDER!);
    const lookUps = [
      ['school', school.id],
      ['school', '00000000-0000-0000-0000-000000000000'],
      ['invitation', invitationId],
      ['invitation', 'not-a-uuid'],
    ] as const;
    for (const [field, id] of lookUps) {
      const result = await outsider.query(`query($id: ID!) { ${field}(id: $id) { id } }`, { id });
      expect({ field, id, codes: codes(result) }).toEqual({ field, id, codes: ['NOT_FOUND'] });
    }
  });
});
