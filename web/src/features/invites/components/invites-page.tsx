import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Select, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { INVITATION_STATUSES, type InvitationStatus } from '@school-invites/shared';
import { useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { NoAccessPage } from '../../../components/ui/no-access-page';
import { NotFoundPage } from '../../../components/ui/not-found-page';
import { readableError } from '../../../lib/error-message';
import { ViewerQuery } from '../../auth/api/viewer';
import { SchoolInvitesQuery } from '../api/invites';
import { CreateInvitationForm } from './create-invitation-form';
import { InvitesTable } from './invites-table';

const PAGE = 20;

export function InvitesPage() {
  const { slug } = useParams();
  const viewer = useQuery(ViewerQuery);
  const school = viewer.data?.mySchools.find((s) => s.slug === slug);
  if (viewer.loading && !viewer.data) return <Skeleton h={200} />;
  if (!school) return <NotFoundPage />;
  if (!school.viewerPermissions.includes('INVITATIONS_VIEW')) {
    return <NoAccessPage what="this school's invitations" backTo={`/schools/${school.slug}`} />;
  }
  return <InvitesList schoolId={school.id} schoolName={school.name} canCreate={school.viewerPermissions.includes('INVITATIONS_CREATE')} />;
}

function InvitesList({ schoolId, schoolName, canCreate }: { schoolId: string; schoolName: string; canCreate: boolean }) {
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search, 250);
  const status = (params.get('status') as InvitationStatus | null) ?? null;

  // Search and filter live in the URL, so a list can be shared and survives a reload.
  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (debounced.trim()) next.set('q', debounced.trim());
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debounced, setParams]);

  const { data, loading, error, fetchMore } = useQuery(SchoolInvitesQuery, {
    variables: { schoolId, first: PAGE, search: params.get('q') || null, status },
  });
  const connection = data?.school?.invitations;

  return (
    <Stack>
      <Title order={1}>Invites</Title>
      <Text c="dimmed">{schoolName} · School settings</Text>
      {canCreate && <CreateInvitationForm schoolId={schoolId} />}
      <Group align="flex-end">
        <TextInput
          label="Search invitations"
          description="Creator name, code, or part of a link"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Select
          label="Status"
          clearable
          placeholder="Any status"
          data={INVITATION_STATUSES.map((value) => ({ value, label: value.replace('_', ' ').toLowerCase() }))}
          value={status}
          onChange={(value) =>
            setParams((current) => {
              const next = new URLSearchParams(current);
              if (value) next.set('status', value);
              else next.delete('status');
              return next;
            })
          }
        />
      </Group>
      <div aria-live="polite">{error && <Alert color="red">{readableError(error).message}</Alert>}</div>
      {loading && !connection ? (
        <Stack gap="xs">{Array.from({ length: 5 }, (_, i) => <Skeleton key={i} h={36} />)}</Stack>
      ) : connection && connection.edges.length === 0 ? (
        <Alert title={params.get('q') || status ? 'No invitations match' : 'No invitations yet'}>
          {params.get('q') || status
            ? 'Try another name, code or link, or clear the filters.'
            : 'Create an invitation above and share its link or code.'}
        </Alert>
      ) : connection ? (
        <>
          <Text size="sm" c="dimmed">
            {connection.totalCount} invitation{connection.totalCount === 1 ? '' : 's'}
          </Text>
          <InvitesTable invitations={connection.edges.map((edge) => edge.node)} />
          {connection.pageInfo.hasNextPage && (
            <Button
              variant="light"
              onClick={() =>
                void fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    school: {
                      ...fetchMoreResult.school!,
                      invitations: {
                        ...fetchMoreResult.school!.invitations!,
                        edges: [...previous.school!.invitations!.edges, ...fetchMoreResult.school!.invitations!.edges],
                      },
                    },
                  }),
                })
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
