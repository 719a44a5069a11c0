import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../confirm-dialog';
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
  const [leave] = useLeaveSchool();
  const navigate = useNavigate();
  if (!school.viewerRole || school.viewerRole === 'OWNER') return null;
  return (
    <>
      <Button variant="default" color="red" onClick={() => setOpened(true)}>
        Leave school
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={() => setOpened(false)}
        title={`Leave ${school.name}?`}
        cancelLabel="Stay"
        confirmLabel={`Leave ${school.name}`}
        onConfirm={async () => {
          await leave({ variables: { schoolId: school.id } });
          await navigate('/');
        }}
      >
        <Text>
          You will <strong>leave the school and all its groups</strong> at once, and no longer see
          anything of it. To come back you need a new invitation.
        </Text>
      </ConfirmDialog>
    </>
  );
}
