import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { LIMITS } from '@school-invites/shared';
import { useState, type ReactNode } from 'react';
import { readableError } from '../../lib/error-message';

export interface RemoveChoice {
  block: boolean;
  /** Trimmed; null when none was given or nobody is blocked. */
  reason: string | null;
}

/** "Ann Smith", "Ann Smith and Bo Lee", "3 people": who a removal names, in a sentence. */
export function whoIsRemoved(names: readonly string[]): string {
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `These ${names.length} people`;
}

/**
 * The one confirmation before people leave a school at someone else's hand, from the Members
 * screen and from an invitation that leaked: it says exactly what happens (groups too, the history
 * stays) and what blocking adds. `children` come first: what the people leave behind, to settle.
 */
export function RemoveMembersDialog({
  opened,
  names,
  onConfirm,
  onClose,
  children,
}: {
  opened: boolean;
  names: readonly string[];
  onConfirm: (choice: RemoveChoice) => Promise<unknown>;
  onClose: () => void;
  children?: ReactNode;
}) {
  const [block, setBlock] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const one = names.length === 1;
  const them = one ? 'them' : 'them all';
  return (
    <Modal.Root
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={() => {
        setBlock(false);
        setReason('');
        setError(null);
      }}
    >
      <Modal.Overlay />
      <Modal.Content>
        {/* A div, not Mantine's <header>: a second banner landmark confuses screen readers. */}
        <Modal.Header component="div">
          <Modal.Title>
            {one ? `Remove ${names[0]}?` : `Remove ${names.length} members?`}
          </Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </Modal.Header>
        <Modal.Body>
          <Stack>
            {children}
            <Text data-testid="remove-consequences">
              {whoIsRemoved(names)} will be <strong>removed from the school and its groups</strong>.
              Their past joins stay in the history.
            </Text>
            <Checkbox
              checked={block}
              onChange={(event) => setBlock(event.currentTarget.checked)}
              label={`Also block ${them}`}
              description="Blocked people cannot join again through any invitation of this school until unblocked."
            />
            {block && (
              <Textarea
                label="Reason (optional)"
                description="Only people who manage members see it."
                maxLength={LIMITS.blockReasonMax}
                autosize
                minRows={2}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
              />
            )}
            <div aria-live="polite">{error && <Alert color="red">{error}</Alert>}</div>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button
                color="red"
                loading={busy}
                onClick={async () => {
                  setBusy(true);
                  setError(null);
                  try {
                    await onConfirm({ block, reason: (block && reason.trim()) || null });
                    onClose();
                  } catch (caught) {
                    setError(readableError(caught).message);
                  } finally {
                    setBusy(false);
                  }
                }}
              >
                {`${block ? 'Remove and block' : 'Remove'}${one ? '' : ` ${names.length} people`}`}
              </Button>
            </Group>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
