import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { readableError } from '../../lib/error-message';
import { plural } from '../../lib/labels';

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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const revoked = useRef(false);
  const one = count === 1;
  const which = one ? 'this invitation' : `these ${count} invitations`;
  const title = replace
    ? 'Revoke and replace this invitation?'
    : one
      ? 'Revoke this invitation?'
      : `Revoke ${count} invitations?`;
  return (
    <Modal.Root
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={() => {
        if (revoked.current) afterRevoke?.();
        revoked.current = false;
        setError(null);
      }}
    >
      <Modal.Overlay />
      <Modal.Content>
        {/* A div, not Mantine's <header>: a second banner landmark confuses screen readers. */}
        <Modal.Header component="div">
          <Modal.Title>{title}</Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </Modal.Header>
        <Modal.Body>
          <Stack>
            <Text>
              Revoking {which} is <strong>immediate and cannot be undone</strong>:{' '}
              {one ? 'its link and code stop' : 'their links and codes stop'} working at once.
            </Text>
            {replace && (
              <Text>
                A new invitation with the same role, label, usage limit and validity period is
                created in its place, with a new link and code to share instead.
              </Text>
            )}
            <Text>
              {plural(joined, 'person', 'people')} joined through {one ? 'it' : 'them'}. They stay
              in the school.
            </Text>
            <div>
              <Text size="sm">
                Remember to remove {one ? 'it' : 'them'} where {one ? 'it was' : 'they were'}{' '}
                shared:
              </Text>
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
                Keep {one ? 'it' : 'them'}
              </Button>
              <Button
                color="red"
                loading={busy}
                onClick={async () => {
                  setBusy(true);
                  setError(null);
                  try {
                    await onConfirm();
                    revoked.current = true;
                    onClose();
                  } catch (caught) {
                    setError(readableError(caught).message);
                  } finally {
                    setBusy(false);
                  }
                }}
              >
                {replace
                  ? 'Revoke & replace'
                  : one
                    ? 'Revoke invitation'
                    : `Revoke ${count} invitations`}
              </Button>
            </Group>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
