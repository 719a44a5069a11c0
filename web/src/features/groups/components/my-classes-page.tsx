import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { CardItem, CardList } from '../../../components/card-list';
import { CreateInvitationForm } from '../../../components/invitations/create-invitation-form';
import { useInvitationRules } from '../../../components/invitations/use-invitation-rules';
import { useDocumentTitle } from '../../../lib/document-title';
import { readableError } from '../../../lib/error-message';
import { groupKindLabel } from '../../../lib/labels';
import { SchoolScreen } from '../../../lib/viewer/school-screen';
import type { ViewerSchool } from '../../../lib/viewer/viewer';
import { useCreateGroupInvitation } from '../api/create-group-invitation';
import { SchoolGroupsQuery } from '../api/school-groups';
import { Seats } from './group-list';

/** /schools/:slug/my-classes: the groups the viewer leads, and what they may do with them. */
export function MyClassesPage() {
  return (
    <SchoolScreen permission={[]} orLeadingGroups what="leading a class or group">
      {(school) => <MyClasses school={school} />}
    </SchoolScreen>
  );
}

function MyClasses({ school }: { school: ViewerSchool }) {
  useDocumentTitle('My classes', school.name);
  const { data, loading, error } = useQuery(SchoolGroupsQuery, {
    variables: { schoolId: school.id, ledByViewer: true, search: null, includeArchived: false },
  });
  const groups = useMemo(() => data?.school?.groups?.edges.map((edge) => edge.node) ?? [], [data]);
  const [create] = useCreateGroupInvitation();
  const policy = useInvitationRules(school);

  return (
    <Stack>
      <div>
        <Anchor component={Link} to={`/schools/${school.slug}`} size="sm" underline="always">
          {school.name}
        </Anchor>
        <Title order={1}>My classes</Title>
        <Text c="dimmed" size="sm">
          The classes and groups you lead: invite students into them, and add or remove their
          students.
        </Text>
      </div>
      <div aria-live="polite">
        {error && <Alert color="red">{readableError(error).message}</Alert>}
      </div>
      {loading && !data ? (
        <Skeleton h={160} />
      ) : groups.length === 0 ? (
        <Alert title="You lead no class or group here">
          When the school's owner or an administrator makes you a group's leader, it shows here.
        </Alert>
      ) : (
        <>
          <CardList label="Your classes" cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
            {groups.map((group) => (
              <CardItem p="md" key={group.id} data-testid="class-card">
                <Stack gap={6}>
                  <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
                    <Anchor
                      component={Link}
                      to={`/schools/${school.slug}/my-classes/${group.id}`}
                      inherit
                    >
                      {group.name}
                    </Anchor>
                  </Title>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm">{groupKindLabel(group.kind)}</Text>
                    <Text size="sm" c="dimmed">
                      · Members
                    </Text>
                    <Seats group={group} />
                  </Group>
                </Stack>
              </CardItem>
            ))}
          </CardList>
          {policy.loading ? (
            <Skeleton h={160} />
          ) : (
            <CreateInvitationForm
              key={groups.map((group) => group.id).join()}
              school={school}
              rules={policy.rules}
              groups={groups}
              title="Invite students into your classes"
              create={async (input) =>
                (await create({ variables: { input } })).data?.createInvitation
              }
            />
          )}
        </>
      )}
    </Stack>
  );
}
