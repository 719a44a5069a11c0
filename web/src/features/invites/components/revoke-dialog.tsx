import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { readableError } from '../../../lib/error-message';
import { plural } from '../../../lib/labels';

/**
 * The confirmation before revoking one or several invitations: immediate, irreversible, members
 * stay, and a reminder to take the link down where it was shared.
 */
export function RevokeDialog({
  opened,
  count,
  joined,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  count: number;
  joined: number;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const which = count === 1 ? 'this invitation' : `these ${count} invitations`;
  return (
    <Modal opened={opened} onClose={onClose} title={count === 1 ? 'Revoke this invitation?' : `Revoke ${count} invitations?`} closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack>
        <Text>
          Revoking {which} is <strong>immediate and cannot be undone</strong>: {count === 1 ? 'its link and code stop' : 'their links and codes stop'} working at once.
        </Text>
        <Text>
          {plural(joined, 'person', 'people')} joined through {count === 1 ? 'it' : 'them'}. They stay in the school.
        </Text>
        <div>
          <Text size="sm">Remember to remove {count === 1 ? 'it' : 'them'} where {count === 1 ? 'it was' : 'they were'} shared:</Text>
          <List size="sm">
            <List.Item>websites and newsletters</List.Item>
            <List.Item>social media</List.Item>
            <List.Item>documentation and handbooks</List.Item>
            <List.Item>other external communications</List.Item>
          </List>
        </div>
        <div aria-live="polite">{error && <Alert color="red">{error}</Alert>}</div>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep {count === 1 ? 'it' : 'them'}
          </Button>
          <Button
            color="red"
            loading={busy}
            onClick={async () => {
              setBusy(true);
              setError(null);
              try {
                await onConfirm();
                onClose();
              } catch (caught) {
                setError(readableError(caught).message);
              } finally {
                setBusy(false);
              }
            }}
          >
            {count === 1 ? 'Revoke invitation' : `Revoke ${count} invitations`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
