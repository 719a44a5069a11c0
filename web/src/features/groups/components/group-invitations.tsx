import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { CreateInvitationForm } from '../../../components/invitations/create-invitation-form';
import { InvitationList, type Row } from '../../../components/invitations/invitation-list';
import { RevokeDialog } from '../../../components/invitations/revoke-dialog';
import { useInvitationRules } from '../../../components/invitations/use-invitation-rules';
import type { GroupDetailsQuery } from '../../../gql/graphql';
import { readableError } from '../../../lib/error-message';
import { plural } from '../../../lib/labels';
import { viewerCan } from '../../../lib/viewer/can';
import type { ViewerSchool } from '../../../lib/viewer/viewer';
import { useCreateGroupInvitation } from '../api/create-group-invitation';
import { GroupInvitationsQuery } from '../api/group-invitations';
import { useRevokeGroupInvitation } from '../api/revoke-group-invitation';

type Details = NonNullable<GroupDetailsQuery['group']>;

/**
 * The invitations that join this group, in the Invites screen's table; with viewerCanManage, a new
 * one for this group and revoking. Details open in School settings → Invites, for those who may
 * see it.
 */
export function GroupInvitations({ school, group }: { school: ViewerSchool; group: Details }) {
  const { data, loading, error, fetchMore } = useQuery(GroupInvitationsQuery, {
    variables: { id: group.id },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.group?.invitations;
  const rows = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const [creating, setCreating] = useState(false);
  const [create] = useCreateGroupInvitation();
  const [revoke] = useRevokeGroupInvitation();
  const [revoking, setRevoking] = useState<Row | null>(null);
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const navigate = useNavigate();
  const seesInvites = viewerCan(school, 'INVITATIONS_VIEW');
  const policy = useInvitationRules(school, { skip: !creating });

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center" wrap="wrap" gap="xs">
        <Title order={2} size="h4" ref={heading} tabIndex={-1}>
          Invitations
        </Title>
        {group.viewerCanManage && (
          <Button
            variant={creating ? 'default' : 'filled'}
            aria-expanded={creating}
            onClick={() => setCreating((open) => !open)}
          >
            {creating ? 'Close the form' : 'New invitation for this group'}
          </Button>
        )}
      </Group>
      {creating && policy.loading && <Skeleton h={160} />}
      {creating && !policy.loading && (
        <CreateInvitationForm
          school={school}
          rules={policy.rules}
          group={{ id: group.id, name: group.name }}
          title={`New invitation for ${group.name}`}
          create={async (input) => (await create({ variables: { input } })).data?.createInvitation}
        />
      )}
      <div aria-live="polite">
        {error && <Alert color="red">{readableError(error).message}</Alert>}
      </div>
      {loading && !connection ? (
        <Skeleton h={120} />
      ) : connection && rows.length === 0 ? (
        <Text c="dimmed">
          {group.viewerCanManage
            ? 'No invitation joins this group yet. Create one, then share its link or code with the class.'
            : 'No invitation joins this group yet.'}
        </Text>
      ) : connection ? (
        <>
          <Text size="sm" c="dimmed">
            {plural(connection.totalCount, 'invitation')}
          </Text>
          <InvitationList
            invitations={rows}
            onOpen={
              seesInvites
                ? (id) =>
                    void navigate(
                      `/schools/${school.slug}/settings/invites?${new URLSearchParams({ group: group.id, invitation: id })}`,
                    )
                : undefined
            }
            onRevoke={(row) => {
              setRevoking(row);
              setConfirming(true);
            }}
          />
          {connection.pageInfo.hasNextPage && (
            <Button
              variant="light"
              loading={loading}
              onClick={() =>
                void fetchMore({ variables: { after: connection.pageInfo.endCursor } })
              }
            >
              Load more
            </Button>
          )}
        </>
      ) : null}
      <RevokeDialog
        opened={confirming}
        count={1}
        joined={revoking?.useCount ?? 0}
        onClose={() => setConfirming(false)}
        onConfirm={() => revoke({ variables: { id: revoking!.id } })}
        // The Revoke button that opened the dialog is gone: the focus goes to the section's heading.
        afterRevoke={() => heading.current?.focus()}
      />
    </Stack>
  );
}
