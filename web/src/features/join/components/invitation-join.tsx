import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { readableError, type ReadableError } from '../../../lib/error-message';
import { plural, roleInText } from '../../../lib/labels';
import { relativeTime, waitTime } from '../../../lib/relative-time';
import { AuthForm } from '../../../lib/viewer/auth-form';
import { useSignOut } from '../../../lib/viewer/sign-out';
import { useViewer } from '../../../lib/viewer/viewer';
import { InvitationPreviewQuery } from '../api/invitation-preview';
import { useRedeemInvitation } from '../api/redeem-invitation';

const STATUS_MESSAGE = {
  REVOKED: 'This invitation was withdrawn by the school. Ask whoever shared it for a new one.',
  EXPIRED: 'This invitation has expired. Ask whoever shared it for a new one.',
  USED_UP: 'This invitation has been used as many times as it allows. Ask whoever shared it for a new one.',
} as const;

export function problemText(problem: ReadableError): string {
  if (problem.code === 'RATE_LIMITED' && problem.retryAfterSeconds) {
    return `Too many attempts. Please wait ${waitTime(problem.retryAfterSeconds)} and try again.`;
  }
  if (problem.code === 'INVITATION_NOT_FOUND') {
    return `${problem.message} If it still doesn't work, ask whoever shared it for a new link or code.`;
  }
  return problem.message;
}

/** The preview and the whole join flow, shared by /invite/:token and /join. */
export function InvitationJoin({ token, code }: { token?: string; code?: string }) {
  const credentials = token ? { token } : { code };
  const preview = useQuery(InvitationPreviewQuery, { variables: credentials });
  const { me } = useViewer();
  const [redeem, redeeming] = useRedeemInvitation();
  const [problem, setProblem] = useState<ReadableError | null>(null);
  const [signingUp, setSigningUp] = useState(false);
  const signOut = useSignOut();
  const navigate = useNavigate();

  const join = async () => {
    setProblem(null);
    try {
      const result = await redeem({ variables: { input: credentials } });
      const school = result.data!.redeemInvitation.membership.school;
      await navigate(`/schools/${school.slug}?welcome=1`);
    } catch (caught) {
      setProblem(readableError(caught));
    }
  };

  if (preview.loading) return <Skeleton h={240} />;
  if (preview.error) {
    return (
      <Alert color="red" title="We couldn't open this invitation" role="alert">
        {problemText(readableError(preview.error))}
      </Alert>
    );
  }
  const invitation = preview.data!.invitationPreview;

  return (
    <Paper withBorder p="lg" maw={520} mx="auto">
      <Stack>
        <Text c="dimmed">{invitation.inviterName} invited you to join</Text>
        <Title order={1}>{invitation.schoolName}</Title>
        {invitation.schoolDescription && <Text>{invitation.schoolDescription}</Text>}
        <Group gap="xs">
          <Badge variant="light">as {roleInText(invitation.role)}</Badge>
          {invitation.label && <Badge variant="outline">{invitation.label}</Badge>}
          <Badge variant="outline" color="dark">
            {plural(invitation.memberCount, 'member')}
          </Badge>
        </Group>
        {invitation.expiresAt && invitation.status === 'ACTIVE' && (
          <Text size="sm" c="dimmed">
            <span title={new Date(invitation.expiresAt).toLocaleString()}>Expires {relativeTime(invitation.expiresAt)}</span>
          </Text>
        )}
        <div aria-live="polite">
          {invitation.status !== 'ACTIVE' ? (
            <Alert color="red" role="alert" title="This invitation no longer works">
              {STATUS_MESSAGE[invitation.status]}
              {invitation.status === 'EXPIRED' && invitation.expiresAt && ` It expired on ${new Date(invitation.expiresAt).toLocaleDateString()}.`}
            </Alert>
          ) : problem ? (
            <Alert color="red" role="alert">
              {problemText(problem)}
            </Alert>
          ) : null}
        </div>
        {invitation.status === 'ACTIVE' &&
          (invitation.viewerIsMember ? (
            <Stack>
              <Text>You are already a member of {invitation.schoolName}.</Text>
              <Button onClick={() => void navigate(`/schools/${invitation.schoolSlug}`)}>Open {invitation.schoolName}</Button>
            </Stack>
          ) : me ? (
            <Stack>
              <Button size="lg" onClick={() => void join()} loading={redeeming.loading}>
                Join {invitation.schoolName}
              </Button>
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  Signed in as {me.name}.
                </Text>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => void signOut(() => setSigningUp(true))}
                >
                  Not you? Switch account
                </Button>
              </Group>
            </Stack>
          ) : signingUp ? (
            <AuthForm onDone={() => void join()} />
          ) : (
            <Button size="lg" onClick={() => setSigningUp(true)}>
              Join {invitation.schoolName}
            </Button>
          ))}
      </Stack>
    </Paper>
  );
}
