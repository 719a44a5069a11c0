import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import { readableError } from '../lib/error-message';

/**
 * The confirmation before something that cannot be taken back: a title, what will happen
 * (`children`), a way out and one red button. The button waits for `onConfirm`; a failure is said
 * in the dialog, and success closes it. `onClosed` runs once it has faded out, told whether a
 * confirmation closed it (to reset a form, or to move the focus when what opened it is gone).
 */
export function ConfirmDialog({
  opened,
  onClose,
  onClosed,
  title,
  children,
  cancelLabel = 'Cancel',
  confirmLabel,
  confirmDisabled = false,
  onConfirm,
}: {
  opened: boolean;
  onClose: () => void;
  onClosed?: (confirmed: boolean) => void;
  title: ReactNode;
  children: ReactNode;
  cancelLabel?: string;
  confirmLabel: ReactNode;
  confirmDisabled?: boolean;
  onConfirm: () => Promise<unknown>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmed = useRef(false);
  return (
    <Modal.Root
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={() => {
        onClosed?.(confirmed.current);
        confirmed.current = false;
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
            {children}
            <div aria-live="polite">{error && <Alert color="red">{error}</Alert>}</div>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {cancelLabel}
              </Button>
              <Button
                color="red"
                disabled={confirmDisabled}
                loading={busy}
                onClick={async () => {
                  setBusy(true);
                  setError(null);
                  try {
                    await onConfirm();
                    confirmed.current = true;
                    onClose();
                  } catch (caught) {
                    setError(readableError(caught).message);
                  } finally {
                    setBusy(false);
                  }
                }}
              >
                {confirmLabel}
              </Button>
            </Group>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
