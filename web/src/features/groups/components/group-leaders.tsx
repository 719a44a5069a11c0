import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { GROUP_LEADER_ROLES, LIMITS } from '@school-invites/shared';
import { useState } from 'react';
import type { GroupDetailsQuery } from '../../../gql/graphql';
import { readableError } from '../../../lib/error-message';
import { viewerCan } from '../../../lib/viewer/can';
import type { ViewerSchool } from '../../../lib/viewer/viewer';
import { SchoolMemberOptionsQuery } from '../api/school-member-options';
import { useSetGroupLeaders } from '../api/set-group-leaders';
import { MemberPicker, type PickedMember } from './member-picker';

type Details = NonNullable<GroupDetailsQuery['group']>;

/** Who leads the group; with GROUPS_MANAGE, changed in place (the whole list at once). */
export function GroupLeaders({ school, group }: { school: ViewerSchool; group: Details }) {
  const canChange = viewerCan(school, 'GROUPS_MANAGE') && !group.archivedAt;
  const [editing, setEditing] = useState<PickedMember[] | null>(null);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useSetGroupLeaders();
  const client = useApolloClient();

  // Group.leaders are users, setGroupLeaders takes memberships: each current leader's membership
  // is found among the school's members by their name.
  const startEditing = async () => {
    setError(null);
    setOpening(true);
    try {
      const found = await Promise.all(
        group.leaders.map(async (leader) => {
          const { data } = await client.query({
            query: SchoolMemberOptionsQuery,
            variables: { schoolId: school.id, search: leader.name, first: LIMITS.pageSizeMax },
          });
          const node = data?.school?.members?.edges
            .map((edge) => edge.node)
            .find((member) => member.user.id === leader.id);
          return node ? { id: node.id, name: node.user.name, role: node.role } : null;
        }),
      );
      setEditing(found.filter((leader): leader is PickedMember => leader !== null));
    } catch (caught) {
      setError(readableError(caught).message);
    } finally {
      setOpening(false);
    }
  };

  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        Leaders
      </Title>
      {editing ? (
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            setError(null);
            try {
              await save({
                variables: { groupId: group.id, membershipIds: editing.map((leader) => leader.id) },
              });
              setEditing(null);
            } catch (caught) {
              setError(readableError(caught).message);
            }
          }}
        >
          <Stack gap="xs">
            <MemberPicker
              schoolId={school.id}
              roles={GROUP_LEADER_ROLES}
              label="Leaders"
              description="Teachers, admins or the owner. They see the group's members and invite students into it."
              value={editing}
              onChange={setEditing}
              max={LIMITS.groupLeadersMax}
            />
            <Group gap="xs">
              <Button type="submit" loading={loading}>
                Save leaders
              </Button>
              <Button variant="default" onClick={() => setEditing(null)}>
                Cancel
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Group gap="sm" wrap="wrap" align="center">
          <Text style={{ overflowWrap: 'anywhere' }} data-testid="group-leaders">
            {group.leaders.length
              ? group.leaders.map((leader) => leader.name).join(', ')
              : 'No leader yet'}
          </Text>
          {canChange && (
            <Button size="xs" variant="light" loading={opening} onClick={() => void startEditing()}>
              Change leaders
            </Button>
          )}
        </Group>
      )}
      <div aria-live="polite">{error && <Alert color="red">{error}</Alert>}</div>
    </Stack>
  );
}
