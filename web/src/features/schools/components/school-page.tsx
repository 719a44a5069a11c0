import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../../components/ui/not-found-page';
import { SuccessPanel } from '../../../components/ui/success-panel';
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
        <SuccessPanel title={`Welcome to ${school.name}!`}>
          <Text>You joined as {school.viewerRole?.toLowerCase()}.</Text>
        </SuccessPanel>
      )}
      <Title order={1}>{school.name}</Title>
      <Text c="dimmed">Your role: {school.viewerRole?.toLowerCase()}</Text>
      {/* The server says what the viewer may do; the page only mirrors it. */}
      <Group component="nav" aria-label="School">
        {school.viewerPermissions.includes('MEMBERS_VIEW') && (
          <Button component={Link} to={`/schools/${school.slug}/members`} variant="light">
            Members
          </Button>
        )}
        {school.viewerPermissions.includes('INVITATIONS_VIEW') && (
          <Button component={Link} to={`/schools/${school.slug}/settings/invites`}>
            School settings → Invites
          </Button>
        )}
      </Group>
    </Stack>
  );
}
