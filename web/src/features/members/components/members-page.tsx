import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { formatInviteCode } from '@school-invites/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { NoAccessPage } from '../../../components/ui/no-access-page';
import { NotFoundPage } from '../../../components/ui/not-found-page';
import { readableError } from '../../../lib/error-message';
import { plural, roleInText } from '../../../lib/labels';
import { relativeTime } from '../../../lib/relative-time';
import { Can, viewerCan } from '../../../lib/viewer/can';
import { useSchoolBySlug, type ViewerSchool } from '../../../lib/viewer/viewer';
import { SchoolMembersQuery } from '../api/school-members';

export function MembersPage() {
  const { slug } = useParams();
  const { school, loading } = useSchoolBySlug(slug);
  if (loading) return <Skeleton h={200} />;
  if (!school) return <NotFoundPage />;
  return (
    <Can permission="MEMBERS_VIEW" school={school} fallback={<NoAccessPage what="the member list" backTo={`/schools/${school.slug}`} />}>
      <MembersList school={school} />
    </Can>
  );
}

function MembersList({ school }: { school: ViewerSchool }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const seesInvitations = viewerCan(school, 'INVITATIONS_VIEW');
  const members = useQuery(SchoolMembersQuery, {
    variables: { schoolId: school.id, search: debounced.trim() || null, withInvitations: seesInvitations },
  });
  const connection = members.data?.school?.members;

  return (
    <Stack>
      <div>
        <Anchor component={Link} to={`/schools/${school.slug}`} size="sm" underline="always">
          {school.name}
        </Anchor>
        <Title order={1}>Members</Title>
      </div>
      <TextInput label="Search members" description="Part of a name or email" value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
      <div aria-live="polite">{members.error && <Alert color="red">{readableError(members.error).message}</Alert>}</div>
      {!connection ? (
        <Skeleton h={200} />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {plural(connection.totalCount, 'member')}
          </Text>
          <Table.ScrollContainer minWidth={700}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Email</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Joined</Table.Th>
                  {seesInvitations && <Table.Th>Through</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {connection.edges.map(({ node }) => (
                  <Table.Tr key={node.id}>
                    <Table.Td>{node.user.name}</Table.Td>
                    <Table.Td>{node.user.email ?? '—'}</Table.Td>
                    <Table.Td>{roleInText(node.role)}</Table.Td>
                    <Table.Td title={new Date(node.joinedAt).toLocaleString()}>{relativeTime(node.joinedAt)}</Table.Td>
                    {seesInvitations && (
                      <Table.Td>
                        {node.invitation ? (
                          <Anchor component={Link} to={`/schools/${school.slug}/settings/invites?invitation=${node.invitation.id}`}>
                            {node.invitation.label ?? formatInviteCode(node.invitation.code ?? '')}
                          </Anchor>
                        ) : (
                          'Created the school'
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
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
    </Stack>
  );
}
