import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Divider,
  Drawer,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useRef, useState } from 'react';
import type { Permission } from '../../../gql/graphql';
import { readableError } from '../../../lib/error-message';
import { roleInText } from '../../../lib/labels';
import { InvitationDetailsQuery } from '../api/invitation-details';
import { useRevokeInvitation } from '../api/revoke-invitation';
import { Expiry, Uses, When } from '../../../components/invitations/invitation-facts';
import { InvitationHistory } from './invitation-history';
import { LeakReview } from './leak-review';
import { ReplaceSection } from './replace-section';
import { RevokeDialog } from '../../../components/invitations/revoke-dialog';
import { SharePanel } from '../../../components/invitations/share-panel';
import { StatusBadge } from '../../../components/invitations/status-badge';

/**
 * One invitation's facts, who joined through it and its history. It stays mounted while it
 * closes (`id` null), so the focus goes back to the button that opened it.
 */
export function InvitationDetailsDrawer({
  id,
  schoolSlug,
  school,
  onClose,
}: {
  id: string | null;
  schoolSlug: string;
  /** What the viewer may do in the school: with MEMBERS_MANAGE, a leak can be reviewed here. */
  school?: ViewerStanding;
  onClose: () => void;
}) {
  const [shownId, setShownId] = useState(id);
  if (id && id !== shownId) setShownId(id);
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  return (
    <Drawer.Root
      opened={Boolean(id)}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'lg'}
    >
      <Drawer.Overlay />
      <Drawer.Content>
        {/* A div, not Mantine's <header>: a second banner landmark confuses screen readers. */}
        <Drawer.Header component="div">
          <Drawer.Title>Invitation details</Drawer.Title>
          <Drawer.CloseButton aria-label="Close details" />
        </Drawer.Header>
        <Drawer.Body>
          {shownId && (
            <Details key={shownId} id={shownId} schoolSlug={schoolSlug} school={school} />
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}

interface ViewerStanding {
  id: string;
  viewerPermissions: readonly Permission[];
}

function Details({
  id,
  schoolSlug,
  school,
}: {
  id: string;
  schoolSlug: string;
  school?: ViewerStanding;
}) {
  // Fresh on every opening: people join through an invitation while nobody looks at it.
  const { data, loading, error, fetchMore } = useQuery(InvitationDetailsQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [revoke] = useRevokeInvitation();
  const [confirming, setConfirming] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const [reviewError, setReviewError] = useState<string | null>(null);
  const [startingReview, setStartingReview] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const invitation = data?.invitation;

  if (loading && !invitation) return <Skeleton h={300} />;
  if (error || !invitation)
    return (
      <Alert color="red">
        {error ? readableError(error).message : 'This invitation could not be found.'}
      </Alert>
    );
  const joined = invitation.redemptions?.totalCount ?? 0;
  const reviews = Boolean(school?.viewerPermissions.includes('MEMBERS_MANAGE'));
  // Revoking first needs INVITATIONS_REVOKE, which viewerCanRevoke reflects for this invitation.
  const revokesFirst = invitation.status === 'ACTIVE' && invitation.viewerCanRevoke;
  const startReview = async () => {
    setReviewError(null);
    setStartingReview(true);
    try {
      if (revokesFirst) await revoke({ variables: { id: invitation.id } });
      setReviewing(true);
    } catch (caught) {
      setReviewError(readableError(caught).message);
    } finally {
      setStartingReview(false);
    }
  };

  return (
    <Stack>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Title order={2} size="h3" ref={heading} tabIndex={-1} style={{ overflowWrap: 'anywhere' }}>
          {invitation.label ?? 'Invitation'}
        </Title>
        <StatusBadge status={invitation.status} />
      </Group>
      {invitation.code && invitation.link && invitation.status === 'ACTIVE' && (
        <SharePanel
          code={invitation.code}
          link={invitation.link}
          printPath={`/schools/${schoolSlug}/settings/invites/${invitation.id}/print`}
        />
      )}
      <Table variant="vertical" withTableBorder layout="fixed">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={110}>Joins as</Table.Th>
            <Table.Td>{roleInText(invitation.role)}</Table.Td>
          </Table.Tr>
          {invitation.groups.length > 0 && (
            <Table.Tr>
              <Table.Th>Groups</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {invitation.groups.map((group) => group.name).join(', ')}
              </Table.Td>
            </Table.Tr>
          )}
          <Table.Tr>
            <Table.Th>Uses</Table.Th>
            <Table.Td>
              <Uses useCount={invitation.useCount} maxUses={invitation.maxUses} />
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Created</Table.Th>
            <Table.Td>
              <When iso={invitation.createdAt} /> by {invitation.createdBy.name}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Expires</Table.Th>
            <Table.Td>
              <Expiry expiresAt={invitation.expiresAt} inline />
            </Table.Td>
          </Table.Tr>
          {invitation.revokedAt && (
            <Table.Tr>
              <Table.Th>Revoked</Table.Th>
              <Table.Td>
                <When iso={invitation.revokedAt} /> by {invitation.revokedBy?.name ?? 'someone'}
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>

      {(invitation.viewerCanRevoke || (reviews && !reviewing)) && (
        <Group>
          {invitation.viewerCanRevoke && (
            <Button color="red" variant="light" onClick={() => setConfirming(true)}>
              Revoke
            </Button>
          )}
          {reviews && !reviewing && (
            <Button
              color="red"
              variant="outline"
              loading={startingReview}
              onClick={() => void startReview()}
            >
              {revokesFirst ? 'Revoke and review who joined' : 'Review who joined'}
            </Button>
          )}
        </Group>
      )}
      <div aria-live="polite">{reviewError && <Alert color="red">{reviewError}</Alert>}</div>
      {reviewing && school && <LeakReview invitationId={invitation.id} schoolId={school.id} />}
      <ReplaceSection invitation={invitation} schoolSlug={schoolSlug} />

      {!reviewing && (
        <>
          <Divider />
          <Title order={3} size="h4">
            Who joined through it ({joined})
          </Title>
          {invitation.redemptions && invitation.redemptions.edges.length > 0 ? (
            <Table layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Joined</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invitation.redemptions.edges.map(({ node }) => (
                  <Table.Tr key={node.id}>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{node.user.name}</Table.Td>
                    <Table.Td>{roleInText(invitation.role)}</Table.Td>
                    <Table.Td>
                      <When iso={node.redeemedAt} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text c="dimmed">Nobody has joined through this invitation yet.</Text>
          )}
          {invitation.redemptions?.pageInfo.hasNextPage && (
            <Button
              variant="subtle"
              onClick={() =>
                void fetchMore({ variables: { after: invitation.redemptions!.pageInfo.endCursor } })
              }
            >
              Show more people
            </Button>
          )}
        </>
      )}

      <Divider />
      <Title order={3} size="h4">
        History
      </Title>
      <InvitationHistory invitation={invitation} />
      <RevokeDialog
        opened={confirming}
        count={1}
        joined={invitation.useCount}
        onClose={() => setConfirming(false)}
        // The answer carries the new status, who revoked it and the history: no second request.
        onConfirm={() => revoke({ variables: { id: invitation.id } })}
        afterRevoke={() => heading.current?.focus()}
      />
    </Stack>
  );
}
