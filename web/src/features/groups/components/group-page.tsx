import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Divider,
  Group,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { NoAccessPage } from '../../../components/ui/no-access-page';
import { NotFoundPage } from '../../../components/ui/not-found-page';
import { useDocumentTitle } from '../../../lib/document-title';
import { readableError } from '../../../lib/error-message';
import { groupKindLabel, plural } from '../../../lib/labels';
import { viewerCan } from '../../../lib/viewer/can';
import { SchoolScreen } from '../../../lib/viewer/school-screen';
import type { ViewerSchool } from '../../../lib/viewer/viewer';
import { useArchiveGroup } from '../api/archive-group';
import { GroupDetailsQuery } from '../api/group-details';
import { ArchiveGroupDialog } from './archive-group-dialog';
import { GroupInvitations } from './group-invitations';
import { GroupLeaders } from './group-leaders';
import { GroupMembers } from './group-members';
import { GroupStatus } from './group-list';

type From = 'settings' | 'my-classes';

/** /schools/:slug/settings/groups/:groupId: a group as School settings → Groups opens it. */
export function GroupSettingsPage() {
  return <GroupScreen from="settings" />;
}

/** /schools/:slug/my-classes/:groupId: the same group page, reached from My classes. */
export function MyClassPage() {
  return <GroupScreen from="my-classes" />;
}

function GroupScreen({ from }: { from: From }) {
  const { groupId } = useParams();
  return (
    <SchoolScreen
      permission={['GROUPS_MANAGE', 'MEMBERS_VIEW']}
      orLeadingGroups
      what="seeing this school's groups"
      skeletonHeight={300}
    >
      {(school) => <GroupView key={groupId} school={school} id={groupId!} from={from} />}
    </SchoolScreen>
  );
}

function GroupView({ school, id, from }: { school: ViewerSchool; id: string; from: From }) {
  const { data, loading, error } = useQuery(GroupDetailsQuery, { variables: { id } });
  const group = data?.group;
  useDocumentTitle(group?.name ?? 'Group', school.name);
  const [archiving, setArchiving] = useState(false);
  const [archive] = useArchiveGroup();

  if (loading && !group) return <Skeleton h={300} />;
  if (!group) {
    const problem = error ? readableError(error) : null;
    if (!problem || problem.code === 'NOT_FOUND') return <NotFoundPage />;
    if (problem.code === 'FORBIDDEN')
      return <NoAccessPage what="seeing this group" backTo={`/schools/${school.slug}`} />;
    return <Alert color="red">{problem.message}</Alert>;
  }

  const manages = viewerCan(school, 'GROUPS_MANAGE');
  const back =
    from === 'settings'
      ? { to: `/schools/${school.slug}/settings/groups`, label: 'Groups' }
      : { to: `/schools/${school.slug}/my-classes`, label: 'My classes' };

  return (
    <Stack>
      <div>
        <Text c="dimmed" size="sm" style={{ overflowWrap: 'anywhere' }}>
          <Anchor component={Link} to={`/schools/${school.slug}`} underline="always">
            {school.name}
          </Anchor>
          {from === 'settings' && ' · School settings'} ·{' '}
          <Anchor component={Link} to={back.to} underline="always">
            {back.label}
          </Anchor>
        </Text>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {group.name}
        </Title>
        <Group gap="xs" mt={6} wrap="wrap">
          <Badge variant="light">{groupKindLabel(group.kind)}</Badge>
          <GroupStatus archivedAt={group.archivedAt} />
          <Text size="sm" data-testid="group-seats">
            {group.capacity !== null && group.capacity !== undefined
              ? `${group.memberCount} of ${plural(group.capacity, 'place')} taken`
              : plural(group.memberCount, 'member')}
          </Text>
        </Group>
        {group.description && (
          <Text mt="xs" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
            {group.description}
          </Text>
        )}
      </div>
      {group.archivedAt && (
        <Alert color="gray" title="This group is archived">
          Its members stayed in the school and its invitations were revoked. It can no longer
          change.
        </Alert>
      )}
      <GroupLeaders school={school} group={group} />
      {(viewerCan(school, 'MEMBERS_VIEW') || group.viewerCanManage) && (
        <>
          <Divider />
          <GroupMembers school={school} group={group} />
        </>
      )}
      {(viewerCan(school, 'INVITATIONS_VIEW') || group.viewerCanManage) && (
        <>
          <Divider />
          <GroupInvitations school={school} group={group} />
        </>
      )}
      {manages && !group.archivedAt && (
        <>
          <Divider />
          <Stack gap="xs" align="flex-start">
            <Title order={2} size="h4">
              Archive
            </Title>
            <Text size="sm">
              When the group is over (the end of a school year, a club that stopped), archive it:
              its members stay in the school and its invitations stop working.
            </Text>
            <Button color="red" variant="light" onClick={() => setArchiving(true)}>
              Archive group
            </Button>
          </Stack>
        </>
      )}
      <ArchiveGroupDialog
        opened={archiving}
        name={group.name}
        memberCount={group.memberCount}
        onClose={() => setArchiving(false)}
        onConfirm={() => archive({ variables: { id: group.id } })}
      />
    </Stack>
  );
}
