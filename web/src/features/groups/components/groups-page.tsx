import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SearchInput } from '../../../components/search-input';
import { useDocumentTitle } from '../../../lib/document-title';
import { readableError } from '../../../lib/error-message';
import { plural } from '../../../lib/labels';
import { Can, viewerCan } from '../../../lib/viewer/can';
import { SchoolScreen } from '../../../lib/viewer/school-screen';
import type { ViewerSchool } from '../../../lib/viewer/viewer';
import { SchoolGroupsQuery } from '../api/school-groups';
import { CreateGroupForm } from './create-group-form';
import { GroupList } from './group-list';

/** School settings → Groups: everyone who may see the school's groups, or who leads one of them. */
export function GroupsPage() {
  return (
    <SchoolScreen
      permission={['GROUPS_MANAGE', 'MEMBERS_VIEW']}
      orLeadingGroups
      what="seeing this school's groups"
    >
      {(school) => <GroupsList school={school} />}
    </SchoolScreen>
  );
}

/** Search (?q=) and whether archived groups show (?archived=1) live in the URL. */
function useListParams() {
  const [params, setParams] = useSearchParams();
  const set = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: name === 'q' },
    );
  return { q: params.get('q') ?? '', archived: params.get('archived') === '1', set };
}

function GroupsList({ school }: { school: ViewerSchool }) {
  useDocumentTitle('Groups', school.name);
  const list = useListParams();
  const [search, setSearch] = useState(list.q);
  const [debounced] = useDebouncedValue(search, 250);
  const basePath = `/schools/${school.slug}/settings/groups`;

  // Only a change of what was typed moves the URL; a change of the URL must not be undone by it.
  useEffect(() => {
    if (debounced.trim() !== list.q) list.set('q', debounced.trim() || null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const { data, loading, error, fetchMore } = useQuery(SchoolGroupsQuery, {
    variables: { schoolId: school.id, search: list.q || null, includeArchived: list.archived },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.school?.groups;
  const groups = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const seesAll = viewerCan(school, 'GROUPS_MANAGE') || viewerCan(school, 'MEMBERS_VIEW');

  return (
    <Stack>
      <div>
        <Text c="dimmed" size="sm">
          <Anchor component={Link} to={`/schools/${school.slug}`} underline="always">
            {school.name}
          </Anchor>{' '}
          · School settings
        </Text>
        <Title order={1}>Groups</Title>
        <Text c="dimmed" size="sm">
          {seesAll
            ? 'Classes, clubs and staff groups. Invitations can add people to them as they join.'
            : 'The groups you lead.'}
        </Text>
      </div>
      <Can permission="GROUPS_MANAGE" school={school}>
        <CreateGroupForm school={school} groupPath={(id) => `${basePath}/${id}`} />
      </Can>
      <Group align="flex-end" wrap="wrap">
        <SearchInput
          label="Search groups"
          description="Part of a group's name"
          style={{ flex: '1 1 220px', minWidth: 0 }}
          value={search}
          onChange={setSearch}
          onClear={() => list.set('q', null)}
        />
        <Checkbox
          label="Show archived"
          checked={list.archived}
          onChange={(e) => list.set('archived', e.currentTarget.checked ? '1' : null)}
          mb={8}
        />
      </Group>
      <div aria-live="polite">
        {error && <Alert color="red">{readableError(error).message}</Alert>}
      </div>
      {loading && !connection ? (
        <Stack gap="xs" aria-label="Loading groups">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} h={36} />
          ))}
        </Stack>
      ) : connection && groups.length === 0 ? (
        <Alert title={list.q ? 'No groups match' : 'No groups yet'}>
          {list.q
            ? 'Try another part of the name, or clear the search.'
            : viewerCan(school, 'GROUPS_MANAGE')
              ? 'Create a class or club above; invitations can then add people to it as they join.'
              : 'Nobody has created a group in this school yet.'}
        </Alert>
      ) : connection ? (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {plural(connection.totalCount, 'group')}
            {list.q ? (connection.totalCount === 1 ? ' matches' : ' match') : ''}
          </Text>
          <GroupList groups={groups} basePath={basePath} />
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
