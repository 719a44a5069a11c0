import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { LEADER_MANAGED_MEMBER_ROLES, SCHOOL_ROLES, type SchoolRole } from '@school-invites/shared';
import { useRef, useState } from 'react';
import { SearchInput } from '../../../components/search-input';
import { CardItem, CardList } from '../../../components/card-list';
import type { GroupDetailsQuery } from '../../../gql/graphql';
import { readableError } from '../../../lib/error-message';
import { plural, roleInText } from '../../../lib/labels';
import { viewerCan } from '../../../lib/viewer/can';
import type { ViewerSchool } from '../../../lib/viewer/viewer';
import { useAddGroupMembers } from '../api/add-group-members';
import { GroupMembersQuery } from '../api/group-members';
import { useRemoveGroupMembers } from '../api/remove-group-members';
import { MemberPicker, type PickedMember } from './member-picker';

type Details = NonNullable<GroupDetailsQuery['group']>;

/**
 * The group's members, searched on the server; with viewerCanManage, adding and removing them. A
 * leader without GROUPS_MANAGE manages students only (the server refuses the rest and says why).
 */
export function GroupMembers({ school, group }: { school: ViewerSchool; group: Details }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const searchInput = useRef<HTMLInputElement>(null);
  const narrow = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const withEmail = viewerCan(school, 'MEMBERS_VIEW');
  const { data, loading, error, fetchMore } = useQuery(GroupMembersQuery, {
    variables: { id: group.id, search: debounced || null, withEmail },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.group?.members;
  const manages = group.viewerCanManage;
  const asLeader = manages && !viewerCan(school, 'GROUPS_MANAGE');
  const manageable: readonly SchoolRole[] = asLeader ? LEADER_MANAGED_MEMBER_ROLES : SCHOOL_ROLES;

  const [picked, setPicked] = useState<PickedMember[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [add, adding] = useAddGroupMembers();
  const [remove] = useRemoveGroupMembers();
  const [removing, setRemoving] = useState<string | null>(null);

  const addPicked = async () => {
    setProblem(null);
    setDone(null);
    try {
      await add({
        variables: { groupId: group.id, membershipIds: picked.map((member) => member.id) },
      });
      setDone(
        `Added ${picked.length === 1 ? picked[0]!.name : plural(picked.length, 'member')} to ${group.name}.`,
      );
      setPicked([]);
    } catch (caught) {
      setProblem(readableError(caught).message);
    }
  };
  const removeOne = async (membershipId: string, name: string) => {
    setProblem(null);
    setDone(null);
    setRemoving(membershipId);
    try {
      await remove({ variables: { groupId: group.id, membershipIds: [membershipId] } });
      setDone(`Removed ${name} from ${group.name}. They are still in the school.`);
      searchInput.current?.focus();
    } catch (caught) {
      setProblem(readableError(caught).message);
    } finally {
      setRemoving(null);
    }
  };

  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const removeButton = (node: (typeof rows)[number], size: string) =>
    manages && manageable.includes(node.role) ? (
      <Button
        size={size}
        color="red"
        variant="light"
        loading={removing === node.id}
        onClick={() => void removeOne(node.id, node.user.name)}
        aria-label={`Remove ${node.user.name} from the group`}
      >
        Remove
      </Button>
    ) : null;

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Members
      </Title>
      {manages && (
        <Paper withBorder p="sm">
          <Group align="flex-end" wrap="wrap" gap="sm">
            <div style={{ flex: '1 1 260px', minWidth: 0 }}>
              <MemberPicker
                schoolId={school.id}
                roles={manageable}
                inGroupId={group.id}
                label={asLeader ? 'Add students' : 'Add members'}
                description={
                  asLeader
                    ? "Students of the school, by name or email. As the group's leader you add students."
                    : 'Members of the school, by name or email'
                }
                value={picked}
                onChange={setPicked}
              />
            </div>
            <Button
              onClick={() => void addPicked()}
              disabled={picked.length === 0}
              loading={adding.loading}
            >
              Add to group
            </Button>
          </Group>
        </Paper>
      )}
      <div aria-live="polite">
        {problem && <Alert color="red">{problem}</Alert>}
        {done && !problem && (
          <Text size="sm" role="status">
            {done}
          </Text>
        )}
      </div>
      <SearchInput
        ref={searchInput}
        label="Search members"
        description="Part of a name or email"
        value={search}
        onChange={setSearch}
      />
      {error && <Alert color="red">{readableError(error).message}</Alert>}
      {loading && !connection ? (
        <Skeleton h={120} />
      ) : connection && rows.length === 0 ? (
        <Text c="dimmed">
          {debounced
            ? 'Nobody in this group matches.'
            : manages
              ? 'Nobody is in this group yet. Add members above, or invite them below.'
              : 'Nobody is in this group yet.'}
        </Text>
      ) : connection ? (
        <>
          <Text size="sm" c="dimmed">
            {plural(connection.totalCount, 'member')}
            {debounced ? (connection.totalCount === 1 ? ' matches' : ' match') : ''}
          </Text>
          {narrow ? (
            <CardList label="Members">
              {rows.map((node) => (
                <CardItem key={node.id} data-testid="member-row">
                  <Group justify="space-between" wrap="nowrap" align="center" gap="xs">
                    <div style={{ minWidth: 0 }}>
                      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {node.user.name}
                      </Text>
                      {node.user.email && (
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {node.user.email}
                        </Text>
                      )}
                      <Text size="sm" c="dimmed">
                        {roleInText(node.role)}
                      </Text>
                    </div>
                    {removeButton(node, 'sm')}
                  </Group>
                </CardItem>
              ))}
            </CardList>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    {withEmail && <Table.Th>Email</Table.Th>}
                    <Table.Th>Role</Table.Th>
                    {manages && <Table.Th>Actions</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((node) => (
                    <Table.Tr key={node.id} data-testid="member-row">
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{node.user.name}</Table.Td>
                      {withEmail && (
                        <Table.Td style={{ overflowWrap: 'anywhere' }}>
                          {node.user.email ?? '—'}
                        </Table.Td>
                      )}
                      <Table.Td>{roleInText(node.role)}</Table.Td>
                      {manages && <Table.Td>{removeButton(node, 'compact-sm')}</Table.Td>}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
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
    </Stack>
  );
}
