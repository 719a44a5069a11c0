import { Text } from '@mantine/core';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { plural } from '../../../lib/labels';

/**
 * The confirmation before archiving a group: what stays (its members, in the school) and what
 * stops at once (every invitation into it).
 */
export function ArchiveGroupDialog({
  opened,
  name,
  memberCount,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  name: string;
  memberCount: number;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) {
  return (
    <ConfirmDialog
      opened={opened}
      onClose={onClose}
      title={`Archive ${name}?`}
      cancelLabel="Keep it"
      confirmLabel="Archive group"
      onConfirm={onConfirm}
    >
      <Text>
        Its {plural(memberCount, 'member')}{' '}
        <strong>{memberCount === 1 ? 'stays' : 'stay'} in the school</strong>; only the group is
        archived.
      </Text>
      <Text>
        Every invitation into it is <strong>revoked at once</strong>: their links and codes stop
        working, and nobody else joins through them.
      </Text>
      <Text>An archived group can no longer change: no new members, leaders or invitations.</Text>
    </ConfirmDialog>
  );
}
