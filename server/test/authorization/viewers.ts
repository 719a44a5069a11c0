import type { DataSource } from 'typeorm';
import { roleHasPermission, type Permission, type SchoolRole } from '@school-invites/shared';
import type { Seed, SeedGroup, SeedSchool, SeedUser } from '../seed';

/*
 * The viewers the authorization tests check, and what each may do. Both the permission matrix and
 * the schema sweep seed the same world from this table and read every expectation from the shared
 * role matrix plus "leads the object's groups", so a new kind of viewer (a GUARDIAN role, a
 * co-leader) is one more row here, not new test code.
 */

/** School A holds the data under test; school B is another school. */
export type SchoolKey = 'A' | 'B';

/** G is the class LEADER leads; nobody leads G2; H is OTHER_LEADER's class in school B. */
export const GROUP_SCHOOLS = { G: 'A', G2: 'A', H: 'B' } as const satisfies Record<
  string,
  SchoolKey
>;
export type GroupKey = keyof typeof GROUP_SCHOOLS;

export interface ViewerKind {
  name: string;
  /** The school the viewer belongs to and their role there; null when nobody is signed in. */
  member: { school: SchoolKey; role: SchoolRole } | null;
  /** The groups they lead, of their own school. */
  leads: readonly GroupKey[];
}

export const VIEWERS: readonly ViewerKind[] = [
  { name: 'OWNER', member: { school: 'A', role: 'OWNER' }, leads: [] },
  { name: 'ADMIN', member: { school: 'A', role: 'ADMIN' }, leads: [] },
  { name: 'LEADER', member: { school: 'A', role: 'TEACHER' }, leads: ['G'] },
  { name: 'TEACHER', member: { school: 'A', role: 'TEACHER' }, leads: [] },
  { name: 'STUDENT', member: { school: 'A', role: 'STUDENT' }, leads: [] },
  { name: 'OUTSIDER', member: { school: 'B', role: 'ADMIN' }, leads: [] },
  { name: 'OTHER_LEADER', member: { school: 'B', role: 'TEACHER' }, leads: ['H'] },
  { name: 'ANONYMOUS', member: null, leads: [] },
];

/** Who may use a field or operation: the shape the guards record in the schema (`requires`). */
export interface Rule {
  /** Any one of these in the school lets the viewer through; absent, any member may. */
  permissions?: readonly Permission[];
  /** Leading every one of the object's groups (never of none) lets the viewer through too. */
  orLeading?: boolean;
  /**
   * Only these roles, whatever their permissions: a rule a service checks that no permission
   * names (being the school's owner). The schema never records one.
   */
  roles?: readonly SchoolRole[];
}

export type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'NOT_FOUND' | 'FORBIDDEN';

/** Whether `viewer`, a member of the object's school, passes `rule` for an object in `groups`. */
export function allows(viewer: ViewerKind, rule: Rule, groups: readonly GroupKey[] = []): boolean {
  if (rule.roles) return Boolean(viewer.member && rule.roles.includes(viewer.member.role));
  if (!rule.permissions) return true;
  if (rule.permissions.some((permission) => roleHasPermission(viewer.member?.role, permission)))
    return true;
  return (
    Boolean(rule.orLeading) &&
    groups.length > 0 &&
    groups.every((group) => viewer.leads.includes(group))
  );
}

/**
 * What must happen when `viewer` reaches an object of `school` that belongs to `groups`, passing
 * each of `rules` on the way (the root operation, then each field down to the one checked).
 */
export function outcomeFor(
  viewer: ViewerKind,
  rules: readonly Rule[],
  groups: readonly GroupKey[] = [],
  school: SchoolKey = 'A',
): Outcome {
  if (!viewer.member) return 'UNAUTHENTICATED';
  if (viewer.member.school !== school) return 'NOT_FOUND';
  return rules.every((rule) => allows(viewer, rule, groups)) ? 'ALLOWED' : 'FORBIDDEN';
}

export interface World {
  schools: Record<SchoolKey, SeedSchool>;
  groups: Record<GroupKey, SeedGroup>;
  /** The user of each kind of viewer, by name; null for ANONYMOUS. */
  users: Record<string, SeedUser | null>;
  token(viewer: ViewerKind): string | null;
  /** The users of the kinds who lead `group`: the leaders of a new group "like" it. */
  leadersOf(group: GroupKey): SeedUser[];
}

/** Schools A and B, a user of every kind in VIEWERS, and the groups with the leaders the table names. */
export async function seedWorld(seed: Seed): Promise<World> {
  const schools: Record<SchoolKey, SeedSchool> = { A: await seed.school(), B: await seed.school() };
  const users: Record<string, SeedUser | null> = {};
  for (const viewer of VIEWERS) {
    if (!viewer.member) users[viewer.name] = null;
    else {
      const school = schools[viewer.member.school];
      // A school has one owner: every OWNER row of a school is that user.
      users[viewer.name] =
        viewer.member.role === 'OWNER'
          ? school.owner
          : await seed.member(school, viewer.member.role);
    }
  }
  const leadersOf = (group: GroupKey) =>
    VIEWERS.filter((viewer) => viewer.leads.includes(group)).map((viewer) => users[viewer.name]!);
  const groups = {} as Record<GroupKey, SeedGroup>;
  for (const [key, school] of Object.entries(GROUP_SCHOOLS) as [GroupKey, SchoolKey][])
    groups[key] = await seed.group(schools[school], { leaders: leadersOf(key) });
  return {
    schools,
    groups,
    users,
    token: (viewer) => users[viewer.name]?.token ?? null,
    leadersOf,
  };
}

/** What a school's own writes change: its pause, and its invitation policy. */
const SCHOOL_SETTINGS = `id || ':' || coalesce(invitations_paused_at::text, 'live') || ':' ||
  allowed_email_domains::text || ':' || coalesce(max_expiry_days::text, 'any') || ':' ||
  staff_invitations_must_be_limited::text`;

/** Everything a write of these tests can change; a refused write leaves it equal. */
export async function writtenState(db: DataSource): Promise<Record<string, unknown>> {
  /** A fingerprint of `expression` over every row of `table`: any row added, removed or changed shows. */
  const rows = (table: string, expression: string) =>
    `(SELECT md5(coalesce(string_agg(${expression}, ',' ORDER BY ${expression}), '')) FROM ${table})`;
  const pairs = (table: string) => rows(table, `group_id || ':' || membership_id`);
  const [row] = await db.query(`
    SELECT (SELECT count(*) FROM invitations)::int AS invitations,
           (SELECT count(revoked_at) FROM invitations)::int AS revoked,
           (SELECT count(*) FROM invitation_groups)::int AS "invitationGroups",
           (SELECT count(*) FROM groups)::int AS groups,
           (SELECT count(archived_at) FROM groups)::int AS archived,
           ${pairs('group_leaders')} AS leaders,
           ${pairs('group_members')} AS members,
           (SELECT count(*) FROM memberships)::int AS memberships,
           ${rows('memberships', `id || ':' || role`)} AS roles,
           ${rows('school_blocks', `school_id || ':' || user_id || ':' || blocked_at || ':' || coalesce(reason, '')`)} AS blocks,
           ${rows('schools', SCHOOL_SETTINGS)} AS schools,
           (SELECT count(*) FROM audit_events)::int AS "auditEvents"`);
  return row;
}
