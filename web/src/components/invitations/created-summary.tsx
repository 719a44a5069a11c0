import { Text } from '@mantine/core';
import type { SchoolRole } from '@school-invites/shared';
import { plural, roleInText } from '../../lib/labels';
import { exactDateTime, relativeTime } from '../../lib/relative-time';

/**
 * "Joins as student in Year 7 Maple · up to 30 people · stops working on 12/2/2025, 4:59 PM (in 7
 * days)": what was just made.
 */
export function CreatedSummary({
  invitation,
}: {
  invitation: {
    role: SchoolRole;
    maxUses?: number | null;
    expiresAt?: string | null;
    label?: string | null;
    groups?: readonly { name: string }[];
  };
}) {
  const groups = invitation.groups ?? [];
  return (
    <Text size="sm" mb="sm" data-testid="created-summary">
      {invitation.label ? `${invitation.label}: joins` : 'Joins'} as {roleInText(invitation.role)}
      {groups.length > 0 && ` in ${groups.map((group) => group.name).join(', ')}`} ·{' '}
      {invitation.maxUses
        ? `up to ${plural(invitation.maxUses, 'person', 'people')}`
        : 'no limit on people'}{' '}
      ·{' '}
      {invitation.expiresAt ? (
        <>
          stops working on{' '}
          <time dateTime={invitation.expiresAt}>{exactDateTime(invitation.expiresAt)}</time> (
          {relativeTime(invitation.expiresAt)})
        </>
      ) : (
        'never expires'
      )}
    </Text>
  );
}
