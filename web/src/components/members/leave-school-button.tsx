import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { readableError } from '../../lib/error-message';
import { useLeaveSchool } from '../../lib/viewer/leave-school';

/**
 * "Leave school", for any member but the owner (who hands the school over first), behind a
 * confirmation; afterwards the viewer is taken home, where the school is no longer listed.
 */
export function LeaveSchoolButton({
  school,
}: {
  school: { id: string; name: string; viewerRole?: string | null };
}) {
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [leave] = useLeaveSchool();
  const navigate = useNavigate();
  if (!school.viewerRole || school.viewerRole === 'OWNER') return null;
  return (
    <>
      <Button variant="default" color="red" onClick={() => setOpened(true)}>
        Leave school
      </Button>
      <Modal.Root
        opened={opened}
        onClose={() => setOpened(false)}
        onExitTransitionEnd={() => setError(null)}
      >
        <Modal.Overlay />
        <Modal.Content>
          {/* A div, not Mantine's <header>: a second banner landmark confuses screen readers. */}
          <Modal.Header component="div">
            <Modal.Title>Leave {school.name}?</Modal.Title>
            <Modal.CloseButton aria-label="Close" />
          </Modal.Header>
          <Modal.Body>
            <Stack>
              <Text>
                You will <strong>leave the school and all its groups</strong> at once, and no longer
                see anything of it. To come back you need a new invitation.
              </Text>
              <div aria-live="polite">{error && <Alert color="red">{error}</Alert>}</div>
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setOpened(false)}>
                  Stay
                </Button>
                <Button
                  color="red"
                  loading={busy}
                  onClick={async () => {
                    setBusy(true);
                    setError(null);
                    try {
                      await leave({ variables: { schoolId: school.id } });
                      await navigate('/');
                    } catch (caught) {
                      setError(readableError(caught).message);
                      setBusy(false);
                    }
                  }}
                >
                  Leave {school.name}
                </Button>
              </Group>
            </Stack>
          </Modal.Body>
        </Modal.Content>
      </Modal.Root>
    </>
  );
}
