import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { formatInviteCode, GROUP_LEADER_ROLES, type SchoolRole } from '@school-invites/shared';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { SearchInput } from '../../../components/search-input';
import { useSelection } from '../../../lib/use-selection';
import { CardItem, CardList } from '../../../components/card-list';
import type { SchoolMembersQuery as SchoolMembersData } from '../../../gql/graphql';
import { readableError } from '../../../lib/error-message';
import { plural, roleInText } from '../../../lib/labels';
import { exactDateTime, relativeTime } from '../../../lib/relative-time';
import { viewerCan } from '../../../lib/viewer/can';
import { useViewer, type ViewerSchool } from '../../../lib/viewer/viewer';
import { useChangeMemberRole } from '../api/change-member-role';
import { SchoolMembersQuery } from '../api/school-members';
import type { Demotion } from './change-role-dialog';
import { roleChoices, RoleControl } from './role-control';

type Member = NonNullable<
  NonNullable<SchoolMembersData['school']>['members']
>['edges'][number]['node'];

/** Staff lead groups and may have made invitations: becoming a student asks what happens to those. */
// Loaded on the first removal or demotion: most visits only look.
const RemoveMembersFlow = lazy(async () => ({
  default: (await import('./remove-members-flow')).RemoveMembersFlow,
}));
const ChangeRoleDialog = lazy(async () => ({
  default: (await import('./change-role-dialog')).ChangeRoleDialog,
}));

const STAFF: readonly SchoolRole[] = GROUP_LEADER_ROLES;

/**
 * The school's members, found by name or email. With MEMBERS_MANAGE each row's role can change
 * (to the roles the server lets the viewer give) and members can be removed, one or several.
 */
export function MemberList({ school }: { school: ViewerSchool }) {
  const { me } = useViewer();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const seesInvitations = viewerCan(school, 'INVITATIONS_VIEW');
  const manages = viewerCan(school, 'MEMBERS_MANAGE');
  // One card per member where the table's columns do not fit: a phone, or a tablet once the
  // selection and action columns are there too.
  const narrow = useMediaQuery(`(max-width: ${manages ? 63.99 : 47.99}em)`, false, {
    getInitialValueInEffect: false,
  });
  const members = useQuery(SchoolMembersQuery, {
    variables: {
      schoolId: school.id,
      search: debounced.trim() || null,
      withInvitations: seesInvitations,
      manages,
    },
  });
  const connection = members.data?.school?.members;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const { selected, setSelected, toggle } = useSelection();
  const [removing, setRemoving] = useState<readonly Member[]>([]);
  const [demotion, setDemotion] = useState<Demotion | null>(null);
  const [changing, setChanging] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  const [changeRole] = useChangeMemberRole(school.id);
  // Stays true once a dialog was wanted, so it stays mounted while it closes.
  const [dialogsWanted, setDialogsWanted] = useState(false);
  if (!dialogsWanted && (removing.length > 0 || demotion)) setDialogsWanted(true);

  // Never the owner, never the viewer: the server refuses both (leave or hand over instead).
  const removable = (member: Member) =>
    manages && member.role !== 'OWNER' && member.user.id !== me?.id;
  const chosen = rows.filter((member) => selected.has(member.id) && removable(member));
  const selectable = rows.filter(removable);

  const setRole = async (member: Member, role: SchoolRole) => {
    if (role === member.role) return;
    setNotice(null);
    if (STAFF.includes(member.role) && !STAFF.includes(role)) {
      setDemotion({ member, role });
      return;
    }
    setChanging(member.id);
    try {
      await changeRole({ variables: { membershipId: member.id, role } });
      setNotice({ error: false, text: `${member.user.name} is now ${roleInText(role)}.` });
    } catch (caught) {
      setNotice({
        error: true,
        text: `${member.user.name}'s role did not change: ${readableError(caught).message}`,
      });
    } finally {
      setChanging(null);
    }
  };

  const role = (member: Member) => (
    <RoleControl
      name={member.user.name}
      role={member.role}
      choices={roleChoices(school, member, me?.id)}
      busy={changing === member.id}
      onChange={(next) => void setRole(member, next)}
    />
  );
  const select = (member: Member) =>
    manages && (
      <Checkbox
        aria-label={`Select ${member.user.name}`}
        checked={selected.has(member.id)}
        disabled={!removable(member)}
        onChange={() => toggle(member.id)}
      />
    );
  const removeButton = (member: Member) =>
    removable(member) && (
      <Button
        size="compact-sm"
        color="red"
        variant="light"
        aria-label={`Remove ${member.user.name}`}
        style={{ flexShrink: 0 }}
        onClick={() => setRemoving([member])}
      >
        Remove
      </Button>
    );

  return (
    <Stack>
      <SearchInput
        label="Search members"
        description="Part of a name or email"
        value={search}
        onChange={setSearch}
      />
      <div aria-live="polite">
        {members.error && <Alert color="red">{readableError(members.error).message}</Alert>}
        {notice && (
          <Alert
            color={notice.error ? 'red' : 'green'}
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setNotice(null)}
            data-testid="members-notice"
          >
            {notice.text}
          </Alert>
        )}
      </div>
      {!connection ? (
        <Skeleton h={200} />
      ) : (
        <>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" c="dimmed">
              {plural(connection.totalCount, 'member')}
              {manages && chosen.length > 0 && ` · ${chosen.length} selected`}
            </Text>
            {manages && (
              <Group gap="xs">
                {narrow && selectable.length > 0 && (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() =>
                      setSelected(
                        chosen.length === selectable.length
                          ? new Set()
                          : new Set(selectable.map((member) => member.id)),
                      )
                    }
                  >
                    {chosen.length === selectable.length ? 'Select none' : 'Select all'}
                  </Button>
                )}
                <Button
                  size="compact-sm"
                  color="red"
                  disabled={chosen.length === 0}
                  onClick={() => setRemoving(chosen)}
                >
                  Remove selected
                </Button>
              </Group>
            )}
          </Group>
          {narrow ? (
            <CardList label="Members">
              {rows.map((node) => (
                <CardItem key={node.id} data-testid="member-row">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Group gap="xs" wrap="nowrap" align="flex-start" miw={0}>
                      {select(node)}
                      <div style={{ minWidth: 0 }}>
                        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                          {node.user.name}
                        </Text>
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {node.user.email ?? '—'}
                        </Text>
                      </div>
                    </Group>
                    {removeButton(node)}
                  </Group>
                  <Group gap="xs" mt={4} wrap="wrap">
                    {roleChoices(school, node, me?.id) ? (
                      role(node)
                    ) : (
                      <Text size="sm" c="dimmed">
                        {roleInText(node.role)}
                      </Text>
                    )}
                    <Text size="sm" c="dimmed">
                      joined{' '}
                      <span title={exactDateTime(node.joinedAt)}>
                        {relativeTime(node.joinedAt)}
                      </span>
                    </Text>
                  </Group>
                  {seesInvitations && (
                    <Text size="sm">
                      {node.invitation ? 'Joined through ' : ''}
                      <Through node={node} slug={school.slug} />
                    </Text>
                  )}
                </CardItem>
              ))}
            </CardList>
          ) : (
            <Table.ScrollContainer minWidth={manages ? 860 : 700}>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    {manages && (
                      <Table.Th w={40}>
                        <Checkbox
                          aria-label="Select all members shown"
                          checked={selectable.length > 0 && chosen.length === selectable.length}
                          indeterminate={chosen.length > 0 && chosen.length < selectable.length}
                          disabled={selectable.length === 0}
                          onChange={() =>
                            setSelected(
                              chosen.length === selectable.length
                                ? new Set()
                                : new Set(selectable.map((member) => member.id)),
                            )
                          }
                        />
                      </Table.Th>
                    )}
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Email</Table.Th>
                    <Table.Th>Role</Table.Th>
                    <Table.Th>Joined</Table.Th>
                    {seesInvitations && <Table.Th>Through</Table.Th>}
                    {manages && (
                      <Table.Th>
                        <VisuallyHidden>Actions</VisuallyHidden>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((node) => (
                    <Table.Tr key={node.id} data-testid="member-row">
                      {manages && <Table.Td>{select(node)}</Table.Td>}
                      <Table.Td>{node.user.name}</Table.Td>
                      <Table.Td>{node.user.email ?? '—'}</Table.Td>
                      <Table.Td>{role(node)}</Table.Td>
                      <Table.Td title={exactDateTime(node.joinedAt)}>
                        {relativeTime(node.joinedAt)}
                      </Table.Td>
                      {seesInvitations && (
                        <Table.Td>
                          <Through node={node} slug={school.slug} />
                        </Table.Td>
                      )}
                      {manages && <Table.Td>{removeButton(node)}</Table.Td>}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {connection.pageInfo.hasNextPage && (
            <Button
              variant="light"
              onClick={() =>
                void members.fetchMore({ variables: { after: connection.pageInfo.endCursor } })
              }
            >
              Load more
            </Button>
          )}
        </>
      )}
      {manages && dialogsWanted && (
        <Suspense fallback={null}>
          <RemoveMembersFlow
            school={school}
            departing={removing}
            onClose={() => setRemoving([])}
            onDone={(text) => {
              setSelected(new Set());
              setNotice({ error: false, text });
            }}
          />
          <ChangeRoleDialog
            school={school}
            demotion={demotion}
            onClose={() => setDemotion(null)}
            onDone={(text) => setNotice({ error: false, text })}
          />
        </Suspense>
      )}
    </Stack>
  );
}

/** The invitation someone joined through (a link to it), or how else they came. */
function Through({ node, slug }: { node: Member; slug: string }) {
  if (!node.invitation) return <>Created the school</>;
  return (
    <Anchor
      component={Link}
      to={`/schools/${slug}/settings/invites?invitation=${node.invitation.id}`}
      fz="inherit"
    >
      {node.invitation.label ?? formatInviteCode(node.invitation.code ?? '')}
    </Anchor>
  );
}
