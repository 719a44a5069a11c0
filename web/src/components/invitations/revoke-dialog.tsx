import { List, Text } from '@mantine/core';
import { plural } from '../../lib/labels';
import { ConfirmDialog } from '../confirm-dialog';

/**
 * The confirmation before revoking one or several invitations, or revoking one and replacing it:
 * both are immediate and irreversible, so both say the same facts (members stay, take the link
 * down where it was shared). `afterRevoke` runs once the dialog has closed after a revocation, to
 * put the focus somewhere sensible when the button that opened it is gone.
 */
export function RevokeDialog({
  opened,
  count,
  joined,
  replace = false,
  onConfirm,
  onClose,
  afterRevoke,
}: {
  opened: boolean;
  count: number;
  joined: number;
  replace?: boolean;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
  afterRevoke?: () => void;
}) {
  const one = count === 1;
  const which = one ? 'this invitation' : `these ${count} invitations`;
  const title = replace
    ? 'Revoke and replace this invitation?'
    : one
      ? 'Revoke this invitation?'
      : `Revoke ${count} invitations?`;
  return (
    <ConfirmDialog
      opened={opened}
      onClose={onClose}
      onClosed={(revoked) => revoked && afterRevoke?.()}
      title={title}
      cancelLabel={one ? 'Keep it' : 'Keep them'}
      confirmLabel={
        replace ? 'Revoke & replace' : one ? 'Revoke invitation' : `Revoke ${count} invitations`
      }
      onConfirm={onConfirm}
    >
      <Text>
        Revoking {which} is <strong>immediate and cannot be undone</strong>:{' '}
        {one ? 'its link and code stop' : 'their links and codes stop'} working at once.
      </Text>
      {replace && (
        <Text>
          A new invitation with the same role, label, usage limit and validity period is created in
          its place, with a new link and code to share instead.
        </Text>
      )}
      <Text>
        {plural(joined, 'person', 'people')} joined through {one ? 'it' : 'them'}. They stay in the
        school.
      </Text>
      <div>
        <Text size="sm">
          Remember to remove {one ? 'it' : 'them'} where {one ? 'it was' : 'they were'} shared:
        </Text>
        <List size="sm">
          <List.Item>websites and newsletters</List.Item>
          <List.Item>social media</List.Item>
          <List.Item>documentation and handbooks</List.Item>
          <List.Item>other external communications</List.Item>
        </List>
      </div>
    </ConfirmDialog>
  );
}
