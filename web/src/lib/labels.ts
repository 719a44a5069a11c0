import type { GroupKind, InvitationStatus, SchoolRole } from '@school-invites/shared';

const ROLE_LABEL: Record<SchoolRole, string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  TEACHER: 'Teacher',
  STUDENT: 'Student',
};
const STATUS_LABEL: Record<InvitationStatus, string> = {
  ACTIVE: 'Active',
  REVOKED: 'Revoked',
  EXPIRED: 'Expired',
  USED_UP: 'Used up',
};

const GROUP_KIND_LABEL: Record<GroupKind, string> = {
  CLASS: 'Class',
  CLUB: 'Club',
  STAFF: 'Staff',
  OTHER: 'Other',
};

/** "Teacher": a role standing on its own, as an option in a list. */
export function roleLabel(role: SchoolRole): string {
  return ROLE_LABEL[role];
}

/** "teacher": a role inside a sentence or a table cell ("You joined as teacher"); nothing for no role. */
export function roleInText(role: SchoolRole | null | undefined): string {
  return role ? ROLE_LABEL[role].toLowerCase() : '';
}

/** "Used up": an invitation's status as a badge or a filter option shows it. */
export function statusLabel(status: InvitationStatus): string {
  return STATUS_LABEL[status];
}

/** "Class", "Club": what a group is for, as a badge or an option shows it. */
export function groupKindLabel(kind: GroupKind): string {
  return GROUP_KIND_LABEL[kind];
}

/** "1 member", "42 members", "3 people": a count with its noun. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
