import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link } from 'react-router';
import { CardItem, CardList } from '../../../components/card-list';
import { graphql } from '../../../gql';
import type { GroupList_GroupFragment as GroupRow } from '../../../gql/graphql';
import { groupKindLabel } from '../../../lib/labels';

export type { GroupRow };

export const GroupList_group = graphql(`
  fragment GroupList_group on Group {
    id
    name
    kind
    capacity
    memberCount
    archivedAt
    viewerCanManage
    leaders {
      id
      name
    }
  }
`);

/** "24 / 30" with a Full badge at the cap, or "24" without one. */
export function Seats({ group }: { group: Pick<GroupRow, 'memberCount' | 'capacity'> }) {
  const full =
    group.capacity !== null && group.capacity !== undefined && group.memberCount >= group.capacity;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {group.memberCount}
        {group.capacity !== null && group.capacity !== undefined ? ` / ${group.capacity}` : ''}
      </Text>
      {full && (
        <Badge color="red" variant="light" size="sm" style={{ flex: 'none' }}>
          Full
        </Badge>
      )}
    </Group>
  );
}

export function GroupStatus({ archivedAt }: { archivedAt?: string | null }) {
  return archivedAt ? (
    <Badge color="gray.7" variant="filled" style={{ flex: 'none' }} data-status="ARCHIVED">
      Archived
    </Badge>
  ) : (
    <Badge color="teal.9" variant="filled" style={{ flex: 'none' }} data-status="ACTIVE">
      Active
    </Badge>
  );
}

const leaderNames = (group: GroupRow) =>
  group.leaders.map((leader) => leader.name).join(', ') || 'No leader yet';

/**
 * A school's groups: a table where it fits, one card per group on a phone. Each name opens the
 * group's page under `basePath`.
 */
export function GroupList({ groups, basePath }: { groups: GroupRow[]; basePath: string }) {
  const narrow = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const name = (group: GroupRow) => (
    <Anchor
      component={Link}
      to={`${basePath}/${group.id}`}
      fw={600}
      style={{ overflowWrap: 'anywhere' }}
    >
      {group.name}
    </Anchor>
  );
  if (narrow)
    return (
      <CardList label="Groups">
        {groups.map((group) => (
          <CardItem key={group.id} data-testid="group-row">
            <Stack gap={4}>
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                {name(group)}
                <GroupStatus archivedAt={group.archivedAt} />
              </Group>
              <Group gap="xs" wrap="wrap">
                <Text size="sm">{groupKindLabel(group.kind)}</Text>
                <Text size="sm" c="dimmed">
                  ·
                </Text>
                <Text size="sm" c="dimmed">
                  Members
                </Text>
                <Seats group={group} />
              </Group>
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {group.leaders.length ? `Led by ${leaderNames(group)}` : 'No leader yet'}
              </Text>
            </Stack>
          </CardItem>
        ))}
      </CardList>
    );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Members</Table.Th>
            <Table.Th>Leaders</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => (
            <Table.Tr key={group.id} data-testid="group-row">
              <Table.Td>{name(group)}</Table.Td>
              <Table.Td>{groupKindLabel(group.kind)}</Table.Td>
              <Table.Td>
                <Seats group={group} />
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{leaderNames(group)}</Table.Td>
              <Table.Td>
                <GroupStatus archivedAt={group.archivedAt} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
