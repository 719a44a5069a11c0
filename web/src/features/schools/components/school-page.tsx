import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../../components/ui/not-found-page';
import { ViewerQuery } from '../../auth/api/viewer';

export function SchoolPage() {
  const { slug } = useParams();
  const [params] = useSearchParams();
  const { data, loading } = useQuery(ViewerQuery);
  if (loading && !data) return <Text>Loading…</Text>;
  const school = data?.mySchools.find((s) => s.slug === slug);
  if (!school) return <NotFoundPage />;
  return (
    <Stack>
      {params.get('welcome') && (
        <Alert color="green" title={`Welcome to ${school.name}!`}>
          You joined as {school.viewerRole?.toLowerCase()}.
        </Alert>
      )}
      <Title order={1}>{school.name}</Title>
      <Text c="dimmed">Your role: {school.viewerRole?.toLowerCase()}</Text>
      {/* The server says what the viewer may do; the page only mirrors it. */}
      {school.viewerPermissions.includes('INVITATIONS_VIEW') && (
        <Group>
          <Button component={Link} to={`/schools/${school.slug}/settings/invites`}>
            School settings → Invites
          </Button>
        </Group>
      )}
    </Stack>
  );
}
