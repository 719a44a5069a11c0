import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  CloseButton,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { LIMITS, type GroupKind } from '@school-invites/shared';
import { useMemo, useState } from 'react';
import { graphql } from '../../../gql';
import { readableError } from '../../../lib/error-message';
import { plural } from '../../../lib/labels';
import { BatchGroupsQuery } from '../api/batch-groups';
import { useEveryPage } from './use-every-page';

export const GroupPicker_group = graphql(`
  fragment GroupPicker_group on Group {
    id
    name
    kind
    memberCount
    capacity
  }
`);

const KIND: Record<GroupKind, string> = {
  CLASS: 'Class',
  CLUB: 'Club',
  STAFF: 'Staff',
  OTHER: 'Group',
};

/** "Class · 27 of 30 places taken", "Club · 12 members": what tells two groups apart. */
function groupFacts(group: { kind: GroupKind; memberCount: number; capacity?: number | null }) {
  const members =
    group.capacity != null
      ? `${group.memberCount} of ${plural(group.capacity, 'place')} taken`
      : plural(group.memberCount, 'member');
  return `${KIND[group.kind]} · ${members}`;
}

/**
 * The groups to invite into, found by name on the server. The choice outlives a search: what was
 * ticked stays ticked while the list shows other groups, and "Select all" adds every group the
 * search found (all its pages, not only the first).
 */
export function GroupPicker({
  schoolId,
  ledByViewer,
  selected,
  onChange,
}: {
  schoolId: string;
  /** Only the groups the viewer leads: a teacher inviting into their own classes. */
  ledByViewer: boolean;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const variables = { schoolId, search: debounced || null, ledByViewer };
  const { data, previousData, loading, error, fetchMore } = useQuery(BatchGroupsQuery, {
    variables,
  });
  const connection = (data ?? previousData)?.school?.groups;
  const pages = useEveryPage(JSON.stringify(variables), data?.school?.groups, fetchMore);
  const groups = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const failure = error ?? pages.error;
  const chosen = new Set(selected);
  const unchosen = groups.filter((group) => !chosen.has(group.id));

  if (failure) return <Alert color="red">{readableError(failure).message}</Alert>;
  if (!connection && loading)
    return (
      <Stack gap="xs" aria-label="Loading classes">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} h={28} />
        ))}
      </Stack>
    );
  if (connection && connection.totalCount === 0 && !variables.search)
    return (
      <Alert title={ledByViewer ? 'You lead no class yet' : 'No classes yet'}>
        {ledByViewer
          ? 'Ask a school administrator to make you the leader of your classes, then come back here.'
          : 'Create the classes and groups of the school first, then invite them all from here.'}
      </Alert>
    );

  return (
    <Stack gap="sm">
      <TextInput
        label="Find a class"
        description="Part of its name"
        value={search}
        maxLength={LIMITS.searchMax}
        onChange={(e) => setSearch(e.currentTarget.value)}
        style={{ maxWidth: 420 }}
        rightSection={
          search ? <CloseButton aria-label="Clear search" onClick={() => setSearch('')} /> : null
        }
      />
      <Group gap="xs" wrap="wrap">
        <Button
          size="xs"
          variant="light"
          disabled={unchosen.length === 0 || pages.more}
          onClick={() => onChange([...selected, ...unchosen.map((group) => group.id)])}
        >
          {variables.search ? `Select all ${groups.length} found` : `Select all ${groups.length}`}
        </Button>
        <Button
          size="xs"
          variant="subtle"
          disabled={selected.length === 0}
          onClick={() => onChange([])}
        >
          Clear selection
        </Button>
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="groups-selected">
          {selected.length} selected
        </Text>
      </Group>
      <Checkbox.Group
        label="Classes and groups"
        value={[...selected]}
        onChange={onChange}
        styles={{ label: { marginBottom: 'var(--mantine-spacing-xs)' } }}
      >
        {groups.length === 0 ? (
          <Text size="sm">No class matches “{variables.search}”.</Text>
        ) : (
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="sm"
            verticalSpacing="sm"
            mah={420}
            style={{ overflowY: 'auto' }}
            p={2}
          >
            {groups.map((group) => (
              <Checkbox
                key={group.id}
                value={group.id}
                label={group.name}
                description={groupFacts(group)}
                styles={{ label: { overflowWrap: 'anywhere' } }}
              />
            ))}
          </SimpleGrid>
        )}
      </Checkbox.Group>
    </Stack>
  );
}
