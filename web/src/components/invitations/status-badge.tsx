import { Badge } from '@mantine/core';
import type { InvitationStatus } from '@school-invites/shared';
import { statusLabel } from '../../lib/labels';

// Filled, dark shades: white text on each meets WCAG AA contrast.
const COLOR: Record<InvitationStatus, string> = {
  ACTIVE: 'teal.9',
  REVOKED: 'red.9',
  EXPIRED: 'gray.7',
  USED_UP: 'violet.9',
};

export function StatusBadge({ status }: { status: InvitationStatus }) {
  return (
    // Never squeezed into "AC…" by a narrow cell or a long title beside it.
    <Badge
      color={COLOR[status]}
      variant="filled"
      data-status={status}
      style={{ minWidth: 'max-content', flex: 'none' }}
    >
      {statusLabel(status)}
    </Badge>
  );
}
