import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../../lib/document-title';
import { readableError } from '../../../lib/error-message';
import { invitationsCsvUrl } from '../../../lib/invitations-csv';
import { plural } from '../../../lib/labels';
import { Can, viewerCan } from '../../../lib/viewer/can';
import { SchoolScreen } from '../../../lib/viewer/school-screen';
import type { ViewerSchool } from '../../../lib/viewer/viewer';
import { InvitationBatchQuery } from '../api/invitation-batch';
import { groupNames, pageCount, PrintSheet, type BatchLayout, type Printed } from './print-sheet';
import { useEveryPage } from './use-every-page';

const LAYOUTS = [
  { value: 'posters', label: 'Posters' },
  { value: 'slips', label: 'Slips' },
];

/**
 * A batch's print sheet, made again from its address alone (the layout rides in ?layout=). It
 * follows the Invites screen's rule, and a class's leader may ask too: the server answers both.
 */
export function BatchPrintPage() {
  const { batchId } = useParams();
  return (
    <SchoolScreen
      permission="INVITATIONS_VIEW"
      orLeadingGroups
      what="seeing this school's invitations"
      skeletonHeight={400}
    >
      {(school) => <BatchSheet school={school} batchId={batchId!} />}
    </SchoolScreen>
  );
}

/** Slips when every invitation works once (a student's each), else posters. */
function layoutOf(chosen: string | null, invitations: readonly Printed[]): BatchLayout {
  if (chosen === 'posters' || chosen === 'slips') return chosen;
  return invitations.length > 0 && invitations.every((i) => i.maxUses === 1) ? 'slips' : 'posters';
}

function BatchSheet({ school, batchId }: { school: ViewerSchool; batchId: string }) {
  const [params, setParams] = useSearchParams();
  const { data, loading, error, fetchMore } = useQuery(InvitationBatchQuery, {
    variables: { schoolId: school.id, batchId },
  });
  const connection = data?.school?.invitations;
  const pages = useEveryPage(batchId, connection, fetchMore);
  const invitations = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const layout = layoutOf(params.get('layout'), invitations);
  const classes = new Set(invitations.map(groupNames)).size;
  const label = invitations.find((invitation) => invitation.label)?.label;
  useDocumentTitle(
    `Print ${layout === 'posters' ? 'posters' : 'slips'}${label ? `: ${label}` : ''}`,
    school.name,
  );
  const back = viewerCan(school, 'INVITATIONS_VIEW')
    ? { to: `/schools/${school.slug}/settings/invites`, label: 'Back to Invites' }
    : { to: `/schools/${school.slug}`, label: `Back to ${school.name}` };
  const failure = error ?? pages.error;

  return (
    <Stack>
      <Stack gap="sm" className="no-print">
        <div>
          <Text c="dimmed" size="sm">
            <Anchor component={Link} to={`/schools/${school.slug}`} underline="always">
              {school.name}
            </Anchor>
            <Can permission="INVITATIONS_VIEW" school={school}>
              {' '}
              ·{' '}
              <Anchor
                component={Link}
                to={`/schools/${school.slug}/settings/invites`}
                underline="always"
              >
                Invites
              </Anchor>
            </Can>
          </Text>
          <Title order={1}>Print invitations{label ? `: ${label}` : ''}</Title>
          {connection && invitations.length > 0 && (
            <Text mt={4} data-testid="sheet-summary">
              {plural(invitations.length, 'invitation')} for {plural(classes, 'class', 'classes')} ·{' '}
              {plural(pageCount(invitations.length, layout), 'A4 page')}
            </Text>
          )}
        </div>
        {connection && invitations.length > 0 && (
          <>
            <Group gap="sm" wrap="wrap">
              <SegmentedControl
                aria-label="Layout"
                data={LAYOUTS}
                value={layout}
                onChange={(value) =>
                  setParams(
                    (current) => {
                      const next = new URLSearchParams(current);
                      next.set('layout', value);
                      return next;
                    },
                    { replace: true },
                  )
                }
              />
              <Button onClick={() => window.print()} disabled={pages.more}>
                Print
              </Button>
              <Can permission="INVITATIONS_VIEW" school={school}>
                <Button
                  component="a"
                  href={invitationsCsvUrl({ schoolId: school.id, batchId })}
                  download
                  variant="default"
                >
                  Download CSV
                </Button>
              </Can>
              <Button component={Link} to={back.to} variant="subtle">
                {back.label}
              </Button>
            </Group>
            <Text size="sm" c="dimmed">
              {layout === 'posters'
                ? 'One poster per page, for each classroom.'
                : 'Eight slips per page: cut along the dashed lines and hand one to each student.'}{' '}
              Print on A4 at actual size (100 %), without the browser's headers and footers.
            </Text>
          </>
        )}
      </Stack>
      <div aria-live="polite" className="no-print">
        {failure && <Alert color="red">{readableError(failure).message}</Alert>}
      </div>
      {failure ? null : loading || pages.more || !connection ? (
        <Stack gap="xs" aria-label="Loading the invitations">
          <Skeleton h={36} />
          <Skeleton h={400} />
        </Stack>
      ) : invitations.length === 0 ? (
        <Alert title="Nothing to print" className="no-print">
          No invitation of this batch still works: they were revoked, used or expired. Make a new
          batch and print that one.
          <Group mt="sm">
            <Button component={Link} to={back.to} variant="light">
              {back.label}
            </Button>
          </Group>
        </Alert>
      ) : (
        <PrintSheet layout={layout} schoolName={school.name} invitations={invitations} />
      )}
    </Stack>
  );
}
