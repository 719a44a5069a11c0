import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  CloseButton,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { formatInviteCode } from '@school-invites/shared';
import { useRef, useState } from 'react';
import { Link } from 'react-router';

import { useDocumentTitle } from '../../../lib/document-title';
import { readableError } from '../../../lib/error-message';
import { plural, roleInText } from '../../../lib/labels';
import { exactDateTime, relativeTime } from '../../../lib/relative-time';
import { viewerCan } from '../../../lib/viewer/can';
import { type ViewerSchool } from '../../../lib/viewer/viewer';
import type { SchoolMembersQuery as SchoolMembersData } from '../../../gql/graphql';
import { SchoolMembersQuery } from '../api/school-members';
import { SchoolScreen } from '../../../lib/viewer/school-screen';

export function MembersPage() {
  return (
    <SchoolScreen permission="MEMBERS_VIEW" what="seeing the member list">
      {(school) => <MembersList school={school} />}
    </SchoolScreen>
  );
}

function MembersList({ school }: { school: ViewerSchool }) {
  useDocumentTitle('Members', school.name);
  const [search, setSearch] = useState('');
  const searchInput = useRef<HTMLInputElement>(null);
  // One card per member on a phone: five columns do not fit it.
  const narrow = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [debounced] = useDebouncedValue(search, 250);
  const seesInvitations = viewerCan(school, 'INVITATIONS_VIEW');
  const members = useQuery(SchoolMembersQuery, {
    variables: {
      schoolId: school.id,
      search: debounced.trim() || null,
      withInvitations: seesInvitations,
    },
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
      <TextInput
        ref={searchInput}
        label="Search members"
        description="Part of a name or email"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        rightSection={
          search ? (
            <CloseButton
              aria-label="Clear search"
              onClick={() => {
                setSearch('');
                searchInput.current?.focus();
              }}
            />
          ) : null
        }
      />
      <div aria-live="polite">
        {members.error && <Alert color="red">{readableError(members.error).message}</Alert>}
      </div>
      {!connection ? (
        <Skeleton h={200} />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {plural(connection.totalCount, 'member')}
          </Text>
          {narrow ? (
            <SimpleGrid
              component="ul"
              cols={1}
              spacing="xs"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-label="Members"
            >
              {connection.edges.map(({ node }) => (
                <Paper
                  component="li"
                  withBorder
                  p="sm"
                  key={node.id}
                  data-testid="member-row"
                  miw={0}
                >
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {node.user.name}
                  </Text>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {node.user.email ?? '—'}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {roleInText(node.role)} · joined{' '}
                    <span title={exactDateTime(node.joinedAt)}>{relativeTime(node.joinedAt)}</span>
                  </Text>
                  {seesInvitations && (
                    <Text size="sm">
                      {node.invitation ? 'Joined through ' : ''}
                      <Through node={node} slug={school.slug} />
                    </Text>
                  )}
                </Paper>
              ))}
            </SimpleGrid>
          ) : (
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
                    <Table.Tr key={node.id} data-testid="member-row">
                      <Table.Td>{node.user.name}</Table.Td>
                      <Table.Td>{node.user.email ?? '—'}</Table.Td>
                      <Table.Td>{roleInText(node.role)}</Table.Td>
                      <Table.Td title={exactDateTime(node.joinedAt)}>
                        {relativeTime(node.joinedAt)}
                      </Table.Td>
                      {seesInvitations && (
                        <Table.Td>
                          <Through node={node} slug={school.slug} />
                        </Table.Td>
                      )}
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
    </Stack>
  );
}

type Member = NonNullable<
  NonNullable<SchoolMembersData['school']>['members']
>['edges'][number]['node'];

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
