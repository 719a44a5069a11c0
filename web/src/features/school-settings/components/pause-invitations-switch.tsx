import { Alert, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { readableError } from '../../../lib/error-message';
import { exactDateTime } from '../../../lib/relative-time';
import type { ViewerSchool } from '../../../lib/viewer/viewer';
import { usePauseInvitations } from '../api/pause-invitations';
import { useResumeInvitations } from '../api/resume-invitations';

/**
 * The emergency stop: every link and code of the school stops working at once (a link posted
 * where it should not be, a term that ended), and starts again on resume. Pausing asks first;
 * resuming does not, since it only undoes the pause.
 */
export function PauseInvitationsSwitch({
  school,
  pausedAt,
}: {
  school: ViewerSchool;
  pausedAt: string | null;
}) {
  const [pause, pausing] = usePauseInvitations();
  const [resume, resuming] = useResumeInvitations();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const paused = Boolean(pausedAt);

  const resumeNow = async () => {
    setError(null);
    try {
      await resume({ variables: { schoolId: school.id } });
    } catch (caught) {
      setError(readableError(caught).message);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="pause-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="pause-heading">
          Pause all invitations
        </Title>
        <Switch
          size="md"
          label="Pause all invitations"
          description={
            paused
              ? `Paused since ${exactDateTime(pausedAt!)}: no link or code works. Turn off to resume.`
              : "Stops every link and code at once, for example when one was shared where it shouldn't be."
          }
          checked={paused}
          disabled={pausing.loading || resuming.loading}
          onChange={(event) =>
            event.currentTarget.checked ? setConfirming(true) : void resumeNow()
          }
        />
        {paused && (
          <Alert color="yellow" variant="light" data-testid="paused-status">
            Nobody can join {school.name} through an invitation until you resume.
          </Alert>
        )}
        <div aria-live="polite">{error && <Alert color="red">{error}</Alert>}</div>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title="Pause all invitations?"
        confirmLabel="Pause all invitations"
        onConfirm={() => pause({ variables: { schoolId: school.id } })}
      >
        <Text>
          Every link and code of {school.name} stops working until you resume.{' '}
          <strong>Nothing else changes</strong>: invitations stay as they are, and members and
          groups are not touched.
        </Text>
      </ConfirmDialog>
    </Paper>
  );
}
