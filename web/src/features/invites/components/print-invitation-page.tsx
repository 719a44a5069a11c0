import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { formatInviteCode } from '@school-invites/shared';
import { QRCodeSVG } from 'qrcode.react';
import { Link, useParams } from 'react-router';

import { useDocumentTitle } from '../../../lib/document-title';
import { readableError } from '../../../lib/error-message';
import { plural } from '../../../lib/labels';
import { exactDateTime } from '../../../lib/relative-time';

import { PrintInvitationQuery } from '../api/print-invitation';
import { SchoolScreen } from '../../../lib/viewer/school-screen';

/** The print view follows the same rule as the Invites screen: no access without INVITATIONS_VIEW. */
export function PrintInvitationPage() {
  const { id } = useParams();
  return (
    <SchoolScreen
      permission="INVITATIONS_VIEW"
      what="seeing this school's invitations"
      skeletonHeight={400}
    >
      {(school) => <Poster id={id!} slug={school.slug} />}
    </SchoolScreen>
  );
}

/** A poster for a classroom wall: school, QR code, code, link, its limits and three steps to join. */
function Poster({ id, slug }: { id: string; slug: string }) {
  const { data, loading, error } = useQuery(PrintInvitationQuery, { variables: { id } });
  const invitation = data?.invitation;
  useDocumentTitle(
    invitation
      ? `Poster: ${invitation.label ?? formatInviteCode(invitation.code ?? '')}`
      : 'Poster',
    invitation?.school.name,
  );
  if (loading) return <Skeleton h={400} />;
  if (error || !invitation?.code || !invitation.link) {
    return (
      <Alert color="red">
        {error ? readableError(error).message : 'This invitation cannot be printed.'}
      </Alert>
    );
  }
  if (invitation.status !== 'ACTIVE') {
    return (
      <Stack align="flex-start">
        <Title order={1}>This invitation no longer works</Title>
        <Text>
          A poster of it would send people to a link that stops them. Create a new invitation and
          print that one.
        </Text>
      </Stack>
    );
  }
  const origin = new URL(invitation.link).origin;
  const limits = [
    invitation.expiresAt && `Valid until ${exactDateTime(invitation.expiresAt)}`,
    invitation.maxUses && `For up to ${plural(invitation.maxUses, 'person', 'people')}`,
  ].filter(Boolean);
  return (
    <Stack align="center" gap="lg" py="xl" ta="center">
      <Group className="no-print">
        <Button onClick={() => window.print()}>Print</Button>
        <Button component={Link} to={`/schools/${slug}/settings/invites`} variant="default">
          Back to Invites
        </Button>
      </Group>
      <Title order={1} fz={{ base: 32, sm: 44 }} style={{ overflowWrap: 'anywhere' }}>
        Join {invitation.school.name}
      </Title>
      {invitation.label && <Text fz="xl">{invitation.label}</Text>}
      <QRCodeSVG
        value={invitation.link}
        size={260}
        marginSize={2}
        role="img"
        aria-label="QR code of the invitation link"
        style={{ maxWidth: '100%', height: 'auto' }}
      />
      <Text
        fz={{ base: 36, sm: 56 }}
        fw={800}
        ff="monospace"
        style={{ letterSpacing: '0.1em', overflowWrap: 'anywhere' }}
        data-testid="poster-code"
      >
        {formatInviteCode(invitation.code)}
      </Text>
      <Text fz="lg" style={{ overflowWrap: 'anywhere' }}>
        {invitation.link}
      </Text>
      {limits.length > 0 && (
        <Text fz="lg" fw={600} data-testid="poster-limits">
          {limits.join(' · ')}
        </Text>
      )}
      <List type="ordered" size="xl" ta="left">
        <List.Item>Scan the QR code with a phone, or go to {origin}/join</List.Item>
        <List.Item>Type the code above (capitals and dashes don't matter)</List.Item>
        <List.Item>Sign in or create an account, then press Join</List.Item>
      </List>
    </Stack>
  );
}
