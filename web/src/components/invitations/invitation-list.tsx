import { Checkbox, Code, Group, Stack, Table, Text, VisuallyHidden, Button } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatInviteCode } from '@school-invites/shared';
import { CardItem, CardList } from '../card-list';
import { graphql } from '../../gql';
import type { InvitationList_InvitationFragment as Row } from '../../gql/graphql';
import { roleInText } from '../../lib/labels';
import { CopyValue, Expiry, linkTail, Uses, When } from './invitation-facts';
import { StatusBadge } from './status-badge';

export type { Row };

export const InvitationList_invitation = graphql(`
  fragment InvitationList_invitation on Invitation {
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
    groups {
      id
      name
    }
  }
`);

interface ListProps {
  invitations: Row[];
  /** The rows ticked for a bulk action; without it the list has no checkboxes. */
  selected?: ReadonlySet<string>;
  onToggle?: (id: string) => void;
  /** Opens an invitation's details; without it the rows have no Details button. */
  onOpen?: (id: string) => void;
  onRevoke: (row: Row) => void;
}

/** The Details button of a row, found again to take the focus back after a dialog removed what had it. */
export const detailsButton = (id: string) =>
  document.querySelector<HTMLButtonElement>(`[data-details-for="${CSS.escape(id)}"]`);

/**
 * A table where it fits (75em and wider), else one card per invitation with the code, label,
 * status, uses, expiry and actions one tap away: twelve columns do not fit a phone.
 */
export function InvitationList(props: ListProps) {
  const narrow = useMediaQuery('(max-width: 74.99em)', false, { getInitialValueInEffect: false });
  return narrow ? <InvitationCards {...props} /> : <InvitationTable {...props} />;
}

function Actions({
  invitation,
  code,
  onOpen,
  onRevoke,
  size = 'compact-sm',
}: { invitation: Row; code: string; size?: string } & Pick<ListProps, 'onOpen' | 'onRevoke'>) {
  return (
    <Group gap={size === 'compact-sm' ? 4 : 'xs'} wrap="nowrap">
      {onOpen && (
        <Button
          size={size}
          variant="light"
          onClick={() => onOpen(invitation.id)}
          aria-label={`Details of invitation ${code}`}
          data-details-for={invitation.id}
        >
          Details
        </Button>
      )}
      {invitation.viewerCanRevoke && (
        <Button
          size={size}
          color="red"
          variant="light"
          onClick={() => onRevoke(invitation)}
          aria-label={`Revoke invitation ${code}`}
        >
          Revoke
        </Button>
      )}
    </Group>
  );
}

function Select({
  invitation,
  code,
  selected,
  onToggle,
}: { invitation: Row; code: string } & Pick<ListProps, 'selected' | 'onToggle'>) {
  if (!selected || !onToggle) return null;
  return (
    <Checkbox
      aria-label={`Select invitation ${code}`}
      checked={selected.has(invitation.id)}
      disabled={!invitation.viewerCanRevoke}
      onChange={() => onToggle(invitation.id)}
    />
  );
}

/** "Year 7 Maple, Chess club": the groups a person joins through it, besides the school. */
function Groups({ groups }: { groups: Row['groups'] }) {
  return <>{groups.length ? groups.map((group) => group.name).join(', ') : '—'}</>;
}

function LinkTail({ link }: { link: string | null | undefined }) {
  if (!link) return <>—</>;
  return (
    <Group gap={4} wrap="nowrap">
      <Code title={link} style={{ whiteSpace: 'nowrap' }}>
        {linkTail(link)}
      </Code>
      <CopyValue value={link} label="Copy link" />
    </Group>
  );
}

function InvitationTable({ invitations, selected, onToggle, onOpen, onRevoke }: ListProps) {
  return (
    <Table.ScrollContainer minWidth={1200}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {selected && (
              <Table.Th>
                <VisuallyHidden>Select</VisuallyHidden>
              </Table.Th>
            )}
            <Table.Th>Code</Table.Th>
            <Table.Th>Label</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Groups</Table.Th>
            <Table.Th>Uses</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>Link</Table.Th>
            <Table.Th>Creator</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((invitation) => {
            const code = formatInviteCode(invitation.code ?? '');
            return (
              <Table.Tr
                key={invitation.id}
                data-testid="invitation-row"
                data-invitation-id={invitation.id}
              >
                {selected && (
                  <Table.Td>
                    <Select
                      invitation={invitation}
                      code={code}
                      selected={selected}
                      onToggle={onToggle}
                    />
                  </Table.Td>
                )}
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Code style={{ whiteSpace: 'nowrap' }}>{code}</Code>
                    <CopyValue value={code} label="Copy code" />
                  </Group>
                </Table.Td>
                <Table.Td>{invitation.label ?? '—'}</Table.Td>
                <Table.Td>{roleInText(invitation.role)}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Groups groups={invitation.groups} />
                </Table.Td>
                <Table.Td>
                  <Uses useCount={invitation.useCount} maxUses={invitation.maxUses} />
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={invitation.status} />
                </Table.Td>
                <Table.Td>
                  <Expiry expiresAt={invitation.expiresAt} />
                </Table.Td>
                <Table.Td>
                  <LinkTail link={invitation.link} />
                </Table.Td>
                <Table.Td>{invitation.createdBy.name}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <When iso={invitation.createdAt} />
                </Table.Td>
                <Table.Td>
                  <Actions
                    invitation={invitation}
                    code={code}
                    onOpen={onOpen}
                    onRevoke={onRevoke}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function InvitationCards({ invitations, selected, onToggle, onOpen, onRevoke }: ListProps) {
  return (
    <CardList label="Invitations" cols={{ base: 1, sm: 2 }} spacing="sm">
      {invitations.map((invitation) => {
        const code = formatInviteCode(invitation.code ?? '');
        return (
          <CardItem
            key={invitation.id}
            data-testid="invitation-row"
            data-invitation-id={invitation.id}
          >
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap" align="center" gap="xs">
                <Group gap={6} wrap="nowrap" miw={0}>
                  <Select
                    invitation={invitation}
                    code={code}
                    selected={selected}
                    onToggle={onToggle}
                  />
                  <Code fz="md" fw={700} style={{ whiteSpace: 'nowrap' }}>
                    {code}
                  </Code>
                  <CopyValue value={code} label="Copy code" />
                </Group>
                <StatusBadge status={invitation.status} />
              </Group>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {invitation.label ?? 'No label'}
              </Text>
              <Group gap="lg" wrap="wrap" align="flex-start">
                <div>
                  <Text size="xs" c="dimmed">
                    Joins as
                  </Text>
                  <Text size="sm">{roleInText(invitation.role)}</Text>
                </div>
                {invitation.groups.length > 0 && (
                  <div style={{ minWidth: 0 }}>
                    <Text size="xs" c="dimmed">
                      Groups
                    </Text>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      <Groups groups={invitation.groups} />
                    </Text>
                  </div>
                )}
                <div>
                  <Text size="xs" c="dimmed">
                    Uses
                  </Text>
                  <Uses useCount={invitation.useCount} maxUses={invitation.maxUses} />
                </div>
                <div>
                  <Text size="xs" c="dimmed">
                    Expires
                  </Text>
                  {invitation.expiresAt ? (
                    <Expiry expiresAt={invitation.expiresAt} />
                  ) : (
                    <Text size="sm">Never</Text>
                  )}
                </div>
              </Group>
              <Group gap={6} wrap="nowrap">
                <Text size="xs" c="dimmed">
                  Link
                </Text>
                <LinkTail link={invitation.link} />
              </Group>
              <Text size="xs" c="dimmed">
                Created <When iso={invitation.createdAt} /> by {invitation.createdBy.name}
              </Text>
              {/* Full-size buttons: one tap on a phone. */}
              <Actions
                invitation={invitation}
                code={code}
                onOpen={onOpen}
                onRevoke={onRevoke}
                size="sm"
              />
            </Stack>
          </CardItem>
        );
      })}
    </CardList>
  );
}
