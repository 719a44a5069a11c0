import { useState } from 'react';
import {
  RemoveMembersDialog,
  whoIsRemoved,
} from '../../../components/members/remove-members-dialog';
import { viewerCan } from '../../../lib/viewer/can';
import type { ViewerSchool } from '../../../lib/viewer/viewer';
import { useRemoveMembers } from '../../../components/members/use-remove-members';
import {
  KEEP_EVERYTHING,
  StaffLeaving,
  useSettleDeparture,
  type Departing,
  type LeavingChoice,
} from './staff-leaving';

/**
 * Removing one or several members from the Members screen: the shared confirmation, with what
 * staff among them leave behind shown first. `onDone` gets a sentence saying what happened.
 */
export function RemoveMembersFlow({
  school,
  departing,
  onClose,
  onDone,
}: {
  school: ViewerSchool;
  /** Empty while closed. */
  departing: readonly Departing[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const [choice, setChoice] = useState<LeavingChoice>(KEEP_EVERYTHING);
  const [shown, setShown] = useState(departing);
  if (departing.length > 0 && departing !== shown) {
    setShown(departing);
    setChoice(KEEP_EVERYTHING);
  }
  const [remove] = useRemoveMembers(school.id);
  const { invitationsToRevoke, settle } = useSettleDeparture(school.id);
  const names = shown.map((person) => person.user.name);
  return (
    <RemoveMembersDialog
      opened={departing.length > 0}
      names={names}
      onClose={onClose}
      onConfirm={async ({ block, reason }) => {
        const revokeIds = await invitationsToRevoke(shown, choice);
        await remove({
          variables: {
            schoolId: school.id,
            membershipIds: shown.map((person) => person.id),
            block,
            reason,
          },
        });
        const notes = await settle(shown, choice, revokeIds);
        onDone(
          [
            `${whoIsRemoved(names).replace(/^These/, 'The')} ${names.length === 1 ? 'was' : 'were'} removed${block ? ' and blocked' : ''}.`,
            ...notes,
          ].join(' '),
        );
      }}
    >
      <StaffLeaving
        schoolId={school.id}
        departing={shown}
        choice={choice}
        onChoice={setChoice}
        canHandOver={viewerCan(school, 'GROUPS_MANAGE')}
      />
    </RemoveMembersDialog>
  );
}
