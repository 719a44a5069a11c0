import { Badge } from '@mantine/core';
import type { InvitationStatus } from '@school-invites/shared';

// Filled, dark shades: white text on each meets WCAG AA contrast.
const COLOR: Record<InvitationStatus, string> = { ACTIVE: 'teal.9', REVOKED: 'red.9', EXPIRED: 'gray.7', USED_UP: 'violet.9' };
const LABEL: Record<InvitationStatus, string> = { ACTIVE: 'Active', REVOKED: 'Revoked', EXPIRED: 'Expired', USED_UP: 'Used up' };

export function StatusBadge({ status }: { status: InvitationStatus }) {
  return (
    <Badge color={COLOR[status]} variant="filled" data-status={status}>
      {LABEL[status]}
    </Badge>
  );
}
