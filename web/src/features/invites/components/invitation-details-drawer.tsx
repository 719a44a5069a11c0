import { useQuery } from '@apollo/client/react';
import { Alert, Button, Divider, Drawer, Group, Skeleton, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { readableError } from '../../../lib/error-message';
import { roleInText } from '../../../lib/labels';
import { relativeTime } from '../../../lib/relative-time';
import { InvitationDetailsQuery } from '../api/invitation-details';
import { useRevokeInvitation } from '../api/revoke-invitation';
import { ReplaceSection } from './replace-section';
import { RevokeDialog } from './revoke-dialog';
import { SharePanel } from './share-panel';
import { StatusBadge } from './status-badge';
import { Uses } from './invites-table';

const ACTION: Record<string, string> = {
  'invitation.created': 'Created',
  'invitation.revoked': 'Revoked',
  'invitation.replaced': 'Replaced by a new invitation',
  'invitation.redeemed': 'Someone joined',
};

const when = (iso: string) => (
  <span title={new Date(iso).toLocaleString()}>{relativeTime(iso)}</span>
);

export function InvitationDetailsDrawer({ id, schoolSlug, onClose }: { id: string; schoolSlug: string; onClose: () => void }) {
  const { data, loading, error, fetchMore, refetch } = useQuery(InvitationDetailsQuery, { variables: { id } });
  const [revoke] = useRevokeInvitation();
  const [confirming, setConfirming] = useState(false);
  const invitation = data?.invitation;

  return (
    <Drawer opened onClose={onClose} position="right" size="lg" title="Invitation details" closeButtonProps={{ "aria-label": "Close details" }}>
      {loading && !invitation ? (
        <Skeleton h={300} />
      ) : error || !invitation ? (
        <Alert color="red">{error ? readableError(error).message : 'This invitation could not be found.'}</Alert>
      ) : (
        <Stack>
          <Group justify="space-between">
            <Title order={2} size="h3">
              {invitation.label ?? 'Invitation'}
            </Title>
            <StatusBadge status={invitation.status} />
          </Group>
          {invitation.code && invitation.link && invitation.status === 'ACTIVE' && (
            <SharePanel code={invitation.code} link={invitation.link} printPath={`/schools/${schoolSlug}/settings/invites/${invitation.id}/print`} />
          )}
          <Table variant="vertical" withTableBorder>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th>Joins as</Table.Th>
                <Table.Td>{roleInText(invitation.role)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Uses</Table.Th>
                <Table.Td>
                  <Uses useCount={invitation.useCount} maxUses={invitation.maxUses} />
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Created</Table.Th>
                <Table.Td>
                  {when(invitation.createdAt)} by {invitation.createdBy.name}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Expires</Table.Th>
                <Table.Td>{invitation.expiresAt ? when(invitation.expiresAt) : 'Never'}</Table.Td>
              </Table.Tr>
              {invitation.revokedAt && (
                <Table.Tr>
                  <Table.Th>Revoked</Table.Th>
                  <Table.Td>
                    {when(invitation.revokedAt)} by {invitation.revokedBy?.name ?? 'someone'}
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>

          {invitation.viewerCanRevoke && (
            <Group>
              <Button color="red" variant="light" onClick={() => setConfirming(true)}>
                Revoke
              </Button>
            </Group>
          )}
          <ReplaceSection invitation={invitation} schoolSlug={schoolSlug} />

          <Divider />
          <Title order={3} size="h4">
            Who joined through it ({invitation.redemptions?.totalCount ?? 0})
          </Title>
          {invitation.redemptions && invitation.redemptions.edges.length > 0 ? (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Joined</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invitation.redemptions.edges.map(({ node }) => (
                  <Table.Tr key={node.id}>
                    <Table.Td>{node.user.name}</Table.Td>
                    <Table.Td>{roleInText(invitation.role)}</Table.Td>
                    <Table.Td>{when(node.redeemedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text c="dimmed">Nobody has joined through this invitation yet.</Text>
          )}
          {invitation.redemptions?.pageInfo.hasNextPage && (
            <Button
              variant="subtle"
              onClick={() =>
                void fetchMore({ variables: { after: invitation.redemptions!.pageInfo.endCursor } })
              }
            >
              Show more people
            </Button>
          )}

          <Divider />
          <Title order={3} size="h4">
            History
          </Title>
          <Timeline bulletSize={12} lineWidth={2}>
            {(invitation.auditEvents?.edges ?? []).map(({ node }) => (
              <Timeline.Item key={node.id} title={ACTION[node.action] ?? node.action}>
                <Text size="sm" c="dimmed">
                  {node.actor?.name ?? 'System'} · {when(node.createdAt)}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      )}
      {invitation && (
        <RevokeDialog
          opened={confirming}
          count={1}
          joined={invitation.useCount}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await revoke({ variables: { id: invitation.id } });
            // The row updates from the answer; the history gains its "Revoked" entry from the server.
            void refetch();
          }}
        />
      )}
    </Drawer>
  );
}
