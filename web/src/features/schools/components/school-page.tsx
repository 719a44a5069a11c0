import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../../components/ui/not-found-page';
import { SuccessPanel } from '../../../components/ui/success-panel';
import { useDocumentTitle } from '../../../lib/document-title';
import { roleInText } from '../../../lib/labels';
import { Can } from '../../../lib/viewer/can';
import { useSchoolBySlug } from '../../../lib/viewer/viewer';

export function SchoolPage() {
  const { slug } = useParams();
  const [params] = useSearchParams();
  const { school, loading } = useSchoolBySlug(slug);
  useDocumentTitle(school?.name);
  if (loading) return <Text>Loading…</Text>;
  if (!school) return <NotFoundPage />;
  return (
    <Stack>
      {params.get('welcome') && (
        <SuccessPanel title={`Welcome to ${school.name}!`}>
          <Text>You joined as {roleInText(school.viewerRole)}.</Text>
        </SuccessPanel>
      )}
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        {school.name}
      </Title>
      <Text c="dimmed">Your role: {roleInText(school.viewerRole)}</Text>
      <Group component="nav" aria-label="School" wrap="wrap">
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
      </Group>
    </Stack>
  );
}
