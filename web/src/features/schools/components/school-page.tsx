import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../../components/ui/not-found-page';
import { SuccessPanel } from '../../../components/ui/success-panel';
import { useDocumentTitle } from '../../../lib/document-title';
import { roleInText } from '../../../lib/labels';
import { Can, viewerCan } from '../../../lib/viewer/can';
import { useSchoolBySlug } from '../../../lib/viewer/viewer';

// Only members who cannot see the Members screen leave from here: not on staff's first visit.
const LeaveSchoolButton = lazy(async () => ({
  default: (await import('../../../components/members/leave-school-button')).LeaveSchoolButton,
}));

export function SchoolPage() {
  const { slug } = useParams();
  const [params] = useSearchParams();
  const { school, loading } = useSchoolBySlug(slug);
  useDocumentTitle(school?.name);
  // Set by the join pages after joining (see welcomePath): the groups only that answer named.
  const welcome = Boolean(params.get('welcome'));
  const joinedGroups = params.getAll('group');
  if (loading) return <Text>Loading…</Text>;
  if (!school) return <NotFoundPage />;
  return (
    <Stack>
      {(welcome || joinedGroups.length > 0) && (
        <SuccessPanel
          title={welcome ? `Welcome to ${school.name}!` : `You joined ${joinedGroups.join(', ')}`}
        >
          {welcome && <Text>You joined as {roleInText(school.viewerRole)}.</Text>}
          {joinedGroups.length > 0 && (
            <Text data-testid="joined-groups">You are now in {joinedGroups.join(', ')}.</Text>
          )}
        </SuccessPanel>
      )}
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        {school.name}
      </Title>
      <Text c="dimmed">Your role: {roleInText(school.viewerRole)}</Text>
      <Group component="nav" aria-label="School" wrap="wrap">
        {school.viewerLeadsGroups && (
          <Button component={Link} to={`/schools/${school.slug}/my-classes`}>
            My classes
          </Button>
        )}
        <Can permission="MEMBERS_VIEW" school={school}>
          <Button component={Link} to={`/schools/${school.slug}/members`} variant="light">
            Members
          </Button>
        </Can>
        <Can permission="INVITATIONS_VIEW" school={school}>
          <Button component={Link} to={`/schools/${school.slug}/settings/invites`}>
            School settings → Invites
          </Button>
        </Can>
        {(viewerCan(school, 'SCHOOL_MANAGE') ||
          viewerCan(school, 'INVITATIONS_CREATE') ||
          viewerCan(school, 'INVITATIONS_REVOKE')) && (
          <Button
            component={Link}
            to={`/schools/${school.slug}/settings/invitation-rules`}
            variant="light"
          >
            School settings → Invitation rules
          </Button>
        )}
        {(viewerCan(school, 'GROUPS_MANAGE') ||
          viewerCan(school, 'MEMBERS_VIEW') ||
          school.viewerLeadsGroups) && (
          <Button
            component={Link}
            to={`/schools/${school.slug}/settings/groups`}
            variant={viewerCan(school, 'GROUPS_MANAGE') ? 'filled' : 'light'}
          >
            School settings → Groups
          </Button>
        )}
      </Group>
      {/* Members who cannot see the Members screen leave from here. */}
      {!viewerCan(school, 'MEMBERS_VIEW') && (
        <Group>
          <Suspense fallback={null}>
            <LeaveSchoolButton school={school} />
          </Suspense>
        </Group>
      )}
    </Stack>
  );
}
