import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { INVITATION_STATUSES, type InvitationStatus } from '@school-invites/shared';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { SearchInput } from '../../../components/search-input';
import { useSelection } from '../../../lib/use-selection';
import { useDocumentTitle } from '../../../lib/document-title';
import { readableError } from '../../../lib/error-message';
import { invitationsCsvUrl } from '../../../lib/invitations-csv';
import { plural, statusLabel } from '../../../lib/labels';
import { Can, viewerCan } from '../../../lib/viewer/can';
import { type ViewerSchool } from '../../../lib/viewer/viewer';
import { useCreateInvitation } from '../api/create-invitation';
import { InvitesGroupsQuery } from '../api/invites-groups';
import { useRevokeInvitation } from '../api/revoke-invitation';
import { useRevokeInvitations } from '../api/revoke-invitations';
import { SchoolInvitesQuery } from '../api/school-invites';
import { CreateInvitationForm } from '../../../components/invitations/create-invitation-form';
import { useInvitationRules } from '../../../components/invitations/use-invitation-rules';
import { InvitationDetailsDrawer } from './invitation-details-drawer';
import { PausedBanner } from './paused-banner';
import {
  detailsButton,
  InvitationList,
  type Row,
} from '../../../components/invitations/invitation-list';
import { RevokeDialog } from '../../../components/invitations/revoke-dialog';
import { SchoolScreen } from '../../../lib/viewer/school-screen';

const PAGE = 20;

export function InvitesPage() {
  return (
    <SchoolScreen permission="INVITATIONS_VIEW" what="seeing this school's invitations">
      {(school) => <InvitesList school={school} />}
    </SchoolScreen>
  );
}

/** Search (?q=), status (?status=), group (?group=) and the open invitation (?invitation=) live in the URL. */
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
  return {
    q: params.get('q') ?? '',
    status: (params.get('status') as InvitationStatus | null) ?? null,
    group: params.get('group'),
    open: params.get('invitation'),
    set,
  };
}

function InvitesList({ school }: { school: ViewerSchool }) {
  useDocumentTitle('Invites', school.name);
  const list = useListParams();
  const [search, setSearch] = useState(list.q);
  const [debounced] = useDebouncedValue(search, 250);
  const { selected, setSelected, toggle } = useSelection();
  // The rows stay while the dialog animates closed, so its text does not change under the reader.
  const [revoking, setRevoking] = useState<Row[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [revokeOne] = useRevokeInvitation();
  const [revokeMany] = useRevokeInvitations();
  const [create] = useCreateInvitation();
  const groups = useQuery(InvitesGroupsQuery, {
    variables: { schoolId: school.id },
    // Mirrors who may list the school's groups (School.groups).
    skip: !viewerCan(school, 'GROUPS_MANAGE') && !viewerCan(school, 'MEMBERS_VIEW'),
  });
  const rules = useInvitationRules(school);
  const pausedAt = rules.pausedAt;
  const groupOptions = useMemo(
    () => groups.data?.school?.groups?.edges.map((edge) => edge.node) ?? [],
    [groups.data],
  );

  // Only a change of what was typed moves the URL; a change of the URL (back, a link, clearing)
  // must not be undone by the last typed text.
  useEffect(() => {
    if (debounced.trim() !== list.q) list.set('q', debounced.trim() || null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const { data, loading, error, fetchMore } = useQuery(SchoolInvitesQuery, {
    variables: {
      schoolId: school.id,
      first: PAGE,
      search: list.q || null,
      status: list.status,
      groupId: list.group,
    },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.school?.invitations;
  const rows = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const chosen = rows.filter((row) => selected.has(row.id) && row.viewerCanRevoke);
  const filtering = Boolean(list.q || list.status || list.group);

  const confirmRevoking = (targets: Row[]) => {
    setRevoking(targets);
    setConfirming(true);
  };

  return (
    <Stack>
      <div>
        <Text c="dimmed" size="sm">
          <Anchor component={Link} to={`/schools/${school.slug}`} underline="always">
            {school.name}
          </Anchor>{' '}
          · School settings
        </Text>
        <Title order={1}>Invites</Title>
      </div>
      {pausedAt && <PausedBanner school={school} pausedAt={pausedAt} />}
      <Group>
        <Can permission="INVITATIONS_CREATE" school={school}>
          <Button
            component={Link}
            to={`/schools/${school.slug}/settings/invites/batch`}
            variant="light"
          >
            Invite every class
          </Button>
        </Can>
        {(viewerCan(school, 'INVITATIONS_CREATE') ||
          viewerCan(school, 'INVITATIONS_REVOKE') ||
          viewerCan(school, 'SCHOOL_MANAGE')) && (
          <Button
            component={Link}
            to={`/schools/${school.slug}/settings/invitation-rules`}
            variant="default"
          >
            Invitation rules and pause
          </Button>
        )}
      </Group>
      <Can permission="INVITATIONS_CREATE" school={school}>
        {rules.loading ? (
          <Skeleton h={220} />
        ) : (
          <CreateInvitationForm
            school={school}
            groups={groupOptions}
            rules={rules.rules}
            create={async (input) =>
              (await create({ variables: { input } })).data?.createInvitation
            }
          />
        )}
      </Can>
      <Group align="flex-end" wrap="wrap">
        <SearchInput
          label="Search invitations"
          description="Creator name, code, or part of a link"
          style={{ flex: '1 1 220px', minWidth: 0 }}
          value={search}
          onChange={setSearch}
          onClear={() => list.set('q', null)}
        />
        <Select
          label="Status"
          clearable
          placeholder="Any status"
          data={INVITATION_STATUSES.map((value) => ({ value, label: statusLabel(value) }))}
          value={list.status}
          onChange={(value) => list.set('status', value)}
          style={{ flex: '0 1 180px', minWidth: 140 }}
        />
        {(groupOptions.length > 0 || list.group) && (
          <Select
            label="Group"
            clearable
            searchable
            placeholder="Any group"
            data={groupOptions.map((group) => ({ value: group.id, label: group.name }))}
            value={list.group}
            onChange={(value) => list.set('group', value)}
            nothingFoundMessage="No group by that name"
            style={{ flex: '0 1 220px', minWidth: 160 }}
          />
        )}
        <Button
          component="a"
          href={invitationsCsvUrl({
            schoolId: school.id,
            search: list.q,
            status: list.status,
            groupId: list.group,
          })}
          download
          variant="default"
        >
          Download CSV
        </Button>
      </Group>
      {chosen.length > 0 && (
        <Can permission="INVITATIONS_REVOKE" school={school}>
          <Group>
            <Text size="sm">{chosen.length} selected</Text>
            <Button color="red" variant="light" onClick={() => confirmRevoking(chosen)}>
              Revoke selected
            </Button>
            <Button variant="subtle" onClick={() => setSelected(new Set())}>
              Clear selection
            </Button>
          </Group>
        </Can>
      )}
      <div aria-live="polite">
        {error && <Alert color="red">{readableError(error).message}</Alert>}
      </div>
      {loading && !connection ? (
        <Stack gap="xs" aria-label="Loading invitations">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} h={36} />
          ))}
        </Stack>
      ) : connection && rows.length === 0 ? (
        <Alert title={filtering ? 'No invitations match' : 'No invitations yet'}>
          {filtering
            ? 'Try part of a name, a code (with or without dashes) or a pasted link, or clear the filters.'
            : viewerCan(school, 'INVITATIONS_CREATE')
              ? 'Create an invitation above, then share its link or code where your school will see it.'
              : 'Nobody has created an invitation in this school yet.'}
        </Alert>
      ) : connection ? (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {plural(connection.totalCount, 'invitation')}
            {filtering ? (connection.totalCount === 1 ? ' matches' : ' match') : ''}
          </Text>
          <InvitationList
            invitations={rows}
            selected={selected}
            onToggle={toggle}
            onOpen={(id) => list.set('invitation', id)}
            onRevoke={(row) => confirmRevoking([row])}
          />
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
      <RevokeDialog
        opened={confirming}
        count={revoking.length}
        joined={revoking.reduce((sum, row) => sum + row.useCount, 0)}
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          const targets = revoking;
          // The mutations return each invitation's new status; Apollo's normalised cache updates
          // the rows in place, without a reload.
          if (targets.length === 1) await revokeOne({ variables: { id: targets[0]!.id } });
          else
            await revokeMany({
              variables: { schoolId: school.id, ids: targets.map((row) => row.id) },
            });
          setSelected(new Set());
        }}
        // The Revoke button (or the selection bar) that opened the dialog is gone: the focus goes
        // to the first revoked invitation's Details.
        afterRevoke={() => revoking[0] && detailsButton(revoking[0].id)?.focus()}
      />
      <InvitationDetailsDrawer
        id={list.open}
        schoolSlug={school.slug}
        school={school}
        onClose={() => list.set('invitation', null)}
      />
    </Stack>
  );
}
