/** A member's role in one school. Higher roles include everything lower roles may do. */
export const SCHOOL_ROLES = ['OWNER', 'ADMIN', 'TEACHER', 'STUDENT'] as const;
export type SchoolRole = (typeof SCHOOL_ROLES)[number];

const RANK: Record<SchoolRole, number> = { OWNER: 4, ADMIN: 3, TEACHER: 2, STUDENT: 1 };

export function roleRank(role: SchoolRole): number {
  return RANK[role];
}

/**
 * Roles an invitation created by `creatorRole` may grant: never OWNER (a school has one owner,
 * handed over deliberately, not through a link), and never above the creator's own role.
 */
export function grantableRoles(creatorRole: SchoolRole): SchoolRole[] {
  return SCHOOL_ROLES.filter((role) => role !== 'OWNER' && RANK[role] <= RANK[creatorRole]);
}

export function canGrantRole(creatorRole: SchoolRole, role: SchoolRole): boolean {
  return grantableRoles(creatorRole).includes(role);
}
