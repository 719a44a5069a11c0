import { Button, Checkbox, Code, CopyButton, Group, Progress, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { formatInviteCode } from '@school-invites/shared';
import { graphql } from '../../../gql';
import type { InvitesTable_InvitationFragment as Row } from '../../../gql/graphql';
import { roleInText } from '../../../lib/labels';
import { relativeTime } from '../../../lib/relative-time';
import { StatusBadge } from './status-badge';

export type { Row };

export const InvitesTable_invitation = graphql(`
  fragment InvitesTable_invitation on Invitation {
    id
    code
    link
    role
    label
    useCount
    maxUses
    expiresAt
    status
    createdAt
    viewerCanRevoke
    createdBy {
      id
      name
    }
  }
`);

const exact = (iso: string) => new Date(iso).toLocaleString();

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

export function Uses({ useCount, maxUses }: { useCount: number; maxUses: number | null | undefined }) {
  return (
    <div>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {useCount} / {maxUses ?? '∞'}
      </Text>
      {maxUses ? <Progress size="xs" value={Math.min(100, (100 * useCount) / maxUses)} aria-hidden /> : null}
    </div>
  );
}

export function InvitesTable({
  invitations,
  selected,
  onToggle,
  onOpen,
  onRevoke,
}: {
  invitations: Row[];
  selected: Set<string>;
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
  onRevoke: (row: Row) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={1180}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <VisuallyHidden>Select</VisuallyHidden>
            </Table.Th>
            <Table.Th>Creator</Table.Th>
            <Table.Th>Code</Table.Th>
            <Table.Th>Link</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Label</Table.Th>
            <Table.Th>Uses</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((invitation) => {
            const code = formatInviteCode(invitation.code ?? '');
            return (
              <Table.Tr key={invitation.id} data-testid="invitation-row" data-invitation-id={invitation.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={`Select invitation ${code}`}
                    checked={selected.has(invitation.id)}
                    disabled={!invitation.viewerCanRevoke}
                    onChange={() => onToggle(invitation.id)}
                  />
                </Table.Td>
                <Table.Td>{invitation.createdBy.name}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Group gap={4} wrap="nowrap">
                    <Code style={{ whiteSpace: 'nowrap' }}>{code}</Code>
                    <Copy value={code} label="Copy code" />
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Text size="sm" maw={150} truncate="end" title={invitation.link ?? ''}>
                      {invitation.link?.replace(/^https?:\/\//, '')}
                    </Text>
                    <Copy value={invitation.link ?? ''} label="Copy link" />
                  </Group>
                </Table.Td>
                <Table.Td>{roleInText(invitation.role)}</Table.Td>
                <Table.Td>{invitation.label ?? '—'}</Table.Td>
                <Table.Td>
                  <Uses useCount={invitation.useCount} maxUses={invitation.maxUses} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {invitation.expiresAt ? <span title={exact(invitation.expiresAt)}>{relativeTime(invitation.expiresAt)}</span> : 'Never'}
                </Table.Td>
                <Table.Td style={{ minWidth: 96 }}>
                  <StatusBadge status={invitation.status} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <span title={exact(invitation.createdAt)}>{relativeTime(invitation.createdAt)}</span>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-sm" variant="light" onClick={() => onOpen(invitation.id)} aria-label={`Details of invitation ${code}`}>
                      Details
                    </Button>
                    {invitation.viewerCanRevoke && (
                      <Button size="compact-sm" color="red" variant="light" onClick={() => onRevoke(invitation)} aria-label={`Revoke invitation ${code}`}>
                        Revoke
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
