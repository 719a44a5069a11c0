import { Text } from '@mantine/core';
import type { SchoolRole } from '@school-invites/shared';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { roleInText } from '../../../lib/labels';
import { viewerCan } from '../../../lib/viewer/can';
import type { ViewerSchool } from '../../../lib/viewer/viewer';
import { useChangeMemberRole } from '../api/change-member-role';
import {
  KEEP_EVERYTHING,
  StaffLeaving,
  useSettleDeparture,
  type Departing,
  type LeavingChoice,
} from './staff-leaving';

export interface Demotion {
  member: Departing;
  role: SchoolRole;
}

/**
 * The confirmation before staff become a student: they stop leading their groups (the server
 * ends that), and what they leave behind is settled here first.
 */
export function ChangeRoleDialog({
  school,
  demotion,
  onClose,
  onDone,
}: {
  school: ViewerSchool;
  demotion: Demotion | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const [shown, setShown] = useState(demotion);
  const [choice, setChoice] = useState<LeavingChoice>(KEEP_EVERYTHING);
  if (demotion && demotion !== shown) {
    setShown(demotion);
    setChoice(KEEP_EVERYTHING);
  }
  const [changeRole] = useChangeMemberRole(school.id);
  const { invitationsToRevoke, settle } = useSettleDeparture(school.id);
  if (!shown) return null;
  const { member, role } = shown;
  return (
    <ConfirmDialog
      opened={Boolean(demotion)}
      onClose={onClose}
      title={`Make ${member.user.name} ${roleInText(role) === 'admin' ? 'an' : 'a'} ${roleInText(role)}?`}
      confirmLabel={`Make ${roleInText(role)}`}
      onConfirm={async () => {
        const revokeIds = await invitationsToRevoke([member], choice);
        await changeRole({ variables: { membershipId: member.id, role } });
        const notes = await settle([member], choice, revokeIds);
        onDone([`${member.user.name} is now ${roleInText(role)}.`, ...notes].join(' '));
      }}
    >
      <StaffLeaving
        schoolId={school.id}
        departing={[member]}
        choice={choice}
        onChoice={setChoice}
        canHandOver={viewerCan(school, 'GROUPS_MANAGE')}
      />
      <Text>
        {member.user.name} will no longer be staff here: they{' '}
        <strong>stop leading every group they lead</strong> and stay in the school as{' '}
        {roleInText(role)}.
      </Text>
    </ConfirmDialog>
  );
}
