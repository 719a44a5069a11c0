import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { SchoolRole } from '@school-invites/shared';
import { useState } from 'react';
import { readableError } from '../../../lib/error-message';
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (demotion && demotion !== shown) {
    setShown(demotion);
    setChoice(KEEP_EVERYTHING);
    setError(null);
  }
  const [changeRole] = useChangeMemberRole(school.id);
  const { invitationsToRevoke, settle } = useSettleDeparture(school.id);
  if (!shown) return null;
  const { member, role } = shown;
  return (
    <Modal.Root opened={Boolean(demotion)} onClose={onClose}>
      <Modal.Overlay />
      <Modal.Content>
        {/* A div, not Mantine's <header>: a second banner landmark confuses screen readers. */}
        <Modal.Header component="div">
          <Modal.Title>
            Make {member.user.name} {roleInText(role) === 'admin' ? 'an' : 'a'} {roleInText(role)}?
          </Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </Modal.Header>
        <Modal.Body>
          <Stack>
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
                    const revokeIds = await invitationsToRevoke([member], choice);
                    await changeRole({ variables: { membershipId: member.id, role } });
                    const notes = await settle([member], choice, revokeIds);
                    onDone([`${member.user.name} is now ${roleInText(role)}.`, ...notes].join(' '));
                    onClose();
                  } catch (caught) {
                    setError(readableError(caught).message);
                  } finally {
                    setBusy(false);
                  }
                }}
              >
                Make {roleInText(role)}
              </Button>
            </Group>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
