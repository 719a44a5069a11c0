import { NativeSelect } from '@mantine/core';
import { SCHOOL_ROLES, type SchoolRole } from '@school-invites/shared';
import { roleInText, roleLabel } from '../../../lib/labels';
import { viewerCan } from '../../../lib/viewer/can';
import type { Permission } from '../../../gql/graphql';

interface Viewer {
  viewerPermissions: readonly Permission[];
  viewerGrantableRoles: readonly SchoolRole[];
}

/**
 * The roles the viewer may set for `member`, or null when they may not change it. From what the
 * server lists: with MEMBERS_MANAGE, the roles the viewer may give (never OWNER, never above
 * their own), for anyone but themself whose current role is one of those.
 */
export function roleChoices(
  school: Viewer,
  member: { role: SchoolRole; user: { id: string } },
  viewerId: string | undefined,
): SchoolRole[] | null {
  if (!viewerCan(school, 'MEMBERS_MANAGE') || member.user.id === viewerId) return null;
  const grantable = new Set<SchoolRole>(school.viewerGrantableRoles);
  if (!grantable.has(member.role)) return null;
  return SCHOOL_ROLES.filter((role) => grantable.has(role));
}

/** A member's role: a select of the allowed roles, or the role as text when it cannot change. */
export function RoleControl({
  name,
  role,
  choices,
  busy = false,
  onChange,
}: {
  name: string;
  role: SchoolRole;
  choices: SchoolRole[] | null;
  busy?: boolean;
  onChange: (role: SchoolRole) => void;
}) {
  if (!choices) return <>{roleInText(role)}</>;
  return (
    <NativeSelect
      aria-label={`Role of ${name}`}
      size="xs"
      w={120}
      disabled={busy}
      value={role}
      data={choices.map((value) => ({ value, label: roleLabel(value) }))}
      onChange={(event) => onChange(event.currentTarget.value as SchoolRole)}
    />
  );
}
