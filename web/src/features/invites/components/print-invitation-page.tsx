import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { formatInviteCode } from '@school-invites/shared';
import { QRCodeSVG } from 'qrcode.react';
import { useParams } from 'react-router';
import { readableError } from '../../../lib/error-message';
import { PrintInvitationQuery } from '../api/print-invitation';

/** A poster for a classroom wall: school, QR code, code, link and three steps to join. */
export function PrintInvitationPage() {
  const { id } = useParams();
  const { data, loading, error } = useQuery(PrintInvitationQuery, { variables: { id: id! } });
  if (loading) return <Skeleton h={400} />;
  const invitation = data?.invitation;
  if (error || !invitation?.code || !invitation.link) {
    return <Alert color="red">{error ? readableError(error).message : 'This invitation cannot be printed.'}</Alert>;
  }
  const origin = new URL(invitation.link).origin;
  return (
    <Stack align="center" gap="lg" py="xl" ta="center">
      <Group className="no-print">
        <Button onClick={() => window.print()}>Print</Button>
      </Group>
      <Title order={1} fz={44}>
        Join {invitation.school.name}
      </Title>
      {invitation.label && <Text fz="xl">{invitation.label}</Text>}
      <QRCodeSVG value={invitation.link} size={260} marginSize={2} role="img" aria-label="QR code of the invitation link" />
      <Text fz={56} fw={800} ff="monospace" style={{ letterSpacing: '0.1em' }}>
        {formatInviteCode(invitation.code)}
      </Text>
      <Text fz="lg" style={{ overflowWrap: 'anywhere' }}>
        {invitation.link}
      </Text>
      <List type="ordered" size="xl" ta="left">
        <List.Item>Scan the QR code with a phone, or go to {origin}/join</List.Item>
        <List.Item>Type the code above (capitals and dashes don't matter)</List.Item>
        <List.Item>Sign in or create an account, then press Join</List.Item>
      </List>
    </Stack>
  );
}
