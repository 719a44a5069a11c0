import { useMutation } from '@apollo/client/react';
import { Badge, Button, Code, CopyButton, Group, Modal, Progress, Stack, Table, Text, Tooltip } from '@mantine/core';
import { formatInviteCode, type InvitationStatus } from '@school-invites/shared';
import { useState } from 'react';
import type { SchoolInvitesQuery as SchoolInvitesData } from '../../../gql/graphql';
import { readableError } from '../../../lib/error-message';
import { RevokeInvitationMutation } from '../api/invites';

type Row = NonNullable<NonNullable<SchoolInvitesData['school']>['invitations']>['edges'][number]['node'];

const STATUS_COLOR: Record<InvitationStatus, string> = { ACTIVE: 'green', REVOKED: 'red', EXPIRED: 'gray', USED_UP: 'orange' };
const STATUS_LABEL: Record<InvitationStatus, string> = { ACTIVE: 'Active', REVOKED: 'Revoked', EXPIRED: 'Expired', USED_UP: 'Used up' };

const exact = (iso: string) => new Date(iso).toLocaleString();

export function InvitesTable({ invitations }: { invitations: Row[] }) {
  const [revoking, setRevoking] = useState<Row | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Creator</Table.Th>
              <Table.Th>Code</Table.Th>
              <Table.Th>Link</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Label</Table.Th>
              <Table.Th>Uses</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>
                <span className="sr-only">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.map((invitation) => (
              <Table.Tr key={invitation.id} data-testid="invitation-row">
                <Table.Td>{invitation.createdBy.name}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Code>{formatInviteCode(invitation.code ?? '')}</Code>
                    <Copy value={formatInviteCode(invitation.code ?? '')} label="Copy code" />
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Text size="sm" maw={160} truncate="end" title={invitation.link ?? ''}>
                      {invitation.link?.replace(/^https?:\/\//, '')}
                    </Text>
                    <Copy value={invitation.link ?? ''} label="Copy link" />
                  </Group>
                </Table.Td>
                <Table.Td>{invitation.role.toLowerCase()}</Table.Td>
                <Table.Td>{invitation.label ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {invitation.useCount} / {invitation.maxUses ?? '∞'}
                  </Text>
                  {invitation.maxUses && <Progress size="xs" value={(100 * invitation.useCount) / invitation.maxUses} aria-hidden />}
                </Table.Td>
                <Table.Td>{invitation.expiresAt ? <span title={exact(invitation.expiresAt)}>{new Date(invitation.expiresAt).toLocaleDateString()}</span> : 'Never'}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[invitation.status]}>{STATUS_LABEL[invitation.status]}</Badge>
                </Table.Td>
                <Table.Td>
                  <span title={exact(invitation.createdAt)}>{new Date(invitation.createdAt).toLocaleDateString()}</span>
                </Table.Td>
                <Table.Td>
                  {invitation.viewerCanRevoke && (
                    <Button size="xs" color="red" variant="light" onClick={() => setRevoking(invitation)}>
                      Revoke
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <RevokeDialog invitation={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}

function Copy({ value, label }: { value: string; label: string }) {
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? 'Copied' : label}>
          <Button size="compact-xs" variant="subtle" onClick={copy} aria-label={label}>
            {copied ? 'Copied' : 'Copy'}
          </Button>
        </Tooltip>
      )}
    </CopyButton>
  );
}

function RevokeDialog({ invitation, onClose }: { invitation: Row | null; onClose: () => void }) {
  const [revoke, { loading }] = useMutation(RevokeInvitationMutation);
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal opened={invitation !== null} onClose={onClose} title="Revoke this invitation?">
      {invitation && (
        <Stack>
          <Text>
            Revoking is <strong>immediate and cannot be undone</strong>: the link and the code stop working at once.
          </Text>
          <Text>
            {invitation.useCount} {invitation.useCount === 1 ? 'person has' : 'people have'} joined through it. They stay in the school.
          </Text>
          <Text size="sm" c="dimmed">
            Check where it was shared (websites, social media, documentation, newsletters) and remove it there too.
          </Text>
          <div aria-live="polite">{error && <Text c="red">{error}</Text>}</div>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={loading}
              onClick={async () => {
                try {
                  // The mutation returns the new status; Apollo's cache updates the row in place.
                  await revoke({ variables: { id: invitation.id } });
                  onClose();
                } catch (caught) {
                  setError(readableError(caught).message);
                }
              }}
            >
              Revoke invitation
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
