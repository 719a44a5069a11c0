import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { readableError } from '../../../lib/error-message';
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal.Root opened={opened} onClose={onClose} onExitTransitionEnd={() => setError(null)}>
      <Modal.Overlay />
      <Modal.Content>
        {/* A div, not Mantine's <header>: a second banner landmark confuses screen readers. */}
        <Modal.Header component="div">
          <Modal.Title>Archive {name}?</Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </Modal.Header>
        <Modal.Body>
          <Stack>
            <Text>
              Its {plural(memberCount, 'member')}{' '}
              <strong>{memberCount === 1 ? 'stays' : 'stay'} in the school</strong>; only the group
              is archived.
            </Text>
            <Text>
              Every invitation into it is <strong>revoked at once</strong>: their links and codes
              stop working, and nobody else joins through them.
            </Text>
            <Text>
              An archived group can no longer change: no new members, leaders or invitations.
            </Text>
            <div aria-live="polite">{error && <Alert color="red">{error}</Alert>}</div>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Keep it
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
                Archive group
              </Button>
            </Group>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
