import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { InvitationList, type Row } from '../../../components/invitations/invitation-list';
import { RevokeDialog } from '../../../components/invitations/revoke-dialog';
import { readableError } from '../../../lib/error-message';
import { useSelection } from '../../../lib/use-selection';
import { plural } from '../../../lib/labels';
import type { ViewerSchool } from '../../../lib/viewer/viewer';
import { LeftOverInvitationsQuery } from '../api/left-over-invitations';
import { useRevokeLeftInvitations } from '../api/revoke-invitations';

/**
 * Live invitations made by people who are no longer staff here (they left, were removed or made
 * students): they keep letting people in until someone revokes them.
 */
export function LeftOverInvitations({ school }: { school: ViewerSchool }) {
  const left = useQuery(LeftOverInvitationsQuery, { variables: { schoolId: school.id } });
  const [revoke] = useRevokeLeftInvitations(school.id);
  const { selected, setSelected, toggle } = useSelection();
  // Kept while the dialog closes, so its text does not change as it fades.
  const [targets, setTargets] = useState<Row[]>([]);
  const [confirming, setConfirming] = useState(false);
  const connection = left.data?.school?.invitations;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const chosen = rows.filter((row) => selected.has(row.id) && row.viewerCanRevoke);
  return (
    <Stack>
      <Text>
        Invitations still working that were made by people who are no longer staff here. Revoke the
        ones nobody should use any more.
      </Text>
      <div aria-live="polite">
        {left.error && <Alert color="red">{readableError(left.error).message}</Alert>}
      </div>
      {!connection ? (
        <Skeleton h={120} />
      ) : connection.totalCount === 0 ? (
        <Text c="dimmed">
          Nothing is left over: every live invitation was made by current staff.
        </Text>
      ) : (
        <>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" c="dimmed">
              {plural(connection.totalCount, 'left-over invitation')}
              {chosen.length > 0 && ` · ${chosen.length} selected`}
            </Text>
            <Button
              size="compact-sm"
              color="red"
              disabled={chosen.length === 0}
              onClick={() => {
                setTargets(chosen);
                setConfirming(true);
              }}
            >
              Revoke selected
            </Button>
          </Group>
          <InvitationList
            invitations={rows}
            selected={selected}
            onToggle={toggle}
            onRevoke={(row) => {
              setTargets([row]);
              setConfirming(true);
            }}
          />
          {connection.pageInfo.hasNextPage && (
            <Button
              variant="light"
              onClick={() =>
                void left.fetchMore({ variables: { after: connection.pageInfo.endCursor } })
              }
            >
              Load more
            </Button>
          )}
        </>
      )}
      <RevokeDialog
        opened={confirming}
        count={targets.length}
        joined={targets.reduce((sum, row) => sum + row.useCount, 0)}
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          await revoke({ variables: { schoolId: school.id, ids: targets.map((row) => row.id) } });
          setSelected(new Set());
        }}
      />
    </Stack>
  );
}
