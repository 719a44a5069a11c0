import { useEffect, useRef, useState } from 'react';
import { Alert, Badge, Button, Card, Skeleton } from '../../../components/ui/plain';
import { useDocumentTitle } from '../../../lib/document-title';
import { readableError, type ReadableError } from '../../../lib/error-message';
import { plural, roleInText } from '../../../lib/labels';
import { useGoTo } from '../../../lib/navigation';
import { exactDate, exactDateTime, relativeTime, waitTime } from '../../../lib/relative-time';
import { useGraphQLMutation, useGraphQLQuery } from '../../../lib/use-graphql';
import { AuthForm } from '../../../lib/viewer/auth-form';
import { RedeemInvitationMutation, welcomePath } from '../../../lib/viewer/redeem-invitation';
import { useSession } from '../../../lib/viewer/session';
import { signOut } from '../../../lib/viewer/sign-out';
import { InvitationPreviewQuery } from '../api/invitation-preview';
import type { Credentials } from './code-input';
import { ConfirmEmailPrompt } from './confirm-email-prompt';

const STATUS_MESSAGE = {
  REVOKED: 'This invitation was withdrawn by the school. Ask whoever shared it for a new one.',
  EXPIRED: 'This invitation has expired. Ask whoever shared it for a new one.',
  USED_UP:
    'This invitation has been used as many times as it allows. Ask whoever shared it for a new one.',
} as const;

const PAUSED_TITLE = 'This school has paused its invitations for now';
const PAUSED_NEXT =
  'Nobody can join through a link or code until the school starts them again. Try later, or ask whoever shared it.';
const BLOCKED =
  'You cannot join this school through an invitation. If you think this is a mistake, contact the school.';
// Never names the domains: the server keeps them from anyone outside the school.
const WRONG_DOMAIN =
  'This invitation is only for email addresses your school gave out, and the one you signed in with is not one of them. Sign in with the address your school gave you.';

/** "Year 7 Maple", "Year 7 Maple and Chess club": the groups in a sentence. */
function names(groupNames: readonly string[]): string {
  return groupNames.length > 1
    ? `${groupNames.slice(0, -1).join(', ')} and ${groupNames[groupNames.length - 1]}`
    : (groupNames[0] ?? '');
}

export function problemText(problem: ReadableError, groupNames: readonly string[] = []): string {
  if (problem.code === 'INVITATION_GROUP_FULL') {
    const which =
      groupNames.length === 1 ? `${groupNames[0]} is` : 'A class or group this invitation joins is';
    return `${which} full: there are no places left. Ask whoever shared the invitation to make room or to give you another one.`;
  }
  if (problem.code === 'RATE_LIMITED' && problem.retryAfterSeconds) {
    return `Too many attempts. Please wait ${waitTime(problem.retryAfterSeconds)} and try again.`;
  }
  if (problem.code === 'INVITATION_PAUSED') return `${PAUSED_TITLE}. ${PAUSED_NEXT}`;
  if (problem.code === 'INVITATION_NOT_ALLOWED' && problem.reason === 'EMAIL_DOMAIN')
    return WRONG_DOMAIN;
  if (problem.code === 'INVITATION_NOT_ALLOWED' && problem.reason === 'BLOCKED') return BLOCKED;
  if (problem.code === 'INVITATION_NOT_FOUND') {
    return `${problem.message} If it still doesn't work, ask whoever shared it for a new link or code.`;
  }
  return problem.message;
}

/**
 * The preview and the whole join flow, shared by /invite/:token and /join. `focusOnLoad` moves the
 * focus to the school's name once it shows, when it replaces what the reader just used.
 */
export function InvitationJoin({
  focusOnLoad = false,
  ...credentials
}: Credentials & { focusOnLoad?: boolean }) {
  const preview = useGraphQLQuery(InvitationPreviewQuery, credentials);
  const { me, setMe } = useSession();
  const [redeem] = useGraphQLMutation(RedeemInvitationMutation);
  const [problem, setProblem] = useState<ReadableError | null>(null);
  const [joining, setJoining] = useState(false);
  const [signingUp, setSigningUp] = useState(false);
  const [alreadyIn, setAlreadyIn] = useState(false);
  const goTo = useGoTo();
  const invitation = preview.data?.invitationPreview;
  // "Riverside Primary · Year 7 Maple": the school and the groups joining it adds you to.
  const joins = invitation ? [invitation.schoolName, ...invitation.groupNames].join(' · ') : '';
  useDocumentTitle(invitation ? `Join ${joins}` : 'Invitation');
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = Boolean(invitation);
  useEffect(() => {
    if (focusOnLoad && loaded) heading.current?.focus();
  }, [focusOnLoad, loaded]);

  const join = async () => {
    setProblem(null);
    setJoining(true);
    try {
      const { redeemInvitation } = await redeem({ input: credentials });
      if (redeemInvitation.alreadyMember && redeemInvitation.addedToGroups.length === 0) {
        setAlreadyIn(true);
        setJoining(false);
        return;
      }
      // Stays busy while the school's page loads.
      goTo(welcomePath(redeemInvitation));
    } catch (caught) {
      setProblem(readableError(caught));
      setJoining(false);
    }
  };

  if (!invitation && preview.loading)
    return <Skeleton height={260} label="Loading the invitation" />;
  if (!invitation) {
    return (
      <Alert title="We couldn't open this invitation" role="alert">
        {problemText(readableError(preview.error))}
      </Alert>
    );
  }

  return (
    <Card className="stack">
      <p className="dimmed">{invitation.inviterName} invited you to join</p>
      <h1 ref={heading} tabIndex={-1}>
        {invitation.schoolName}
      </h1>
      {invitation.groupNames.length > 0 && (
        <p className="join-groups" data-testid="join-groups">
          {invitation.groupNames.join(' · ')}
        </p>
      )}
      {invitation.schoolDescription && <p>{invitation.schoolDescription}</p>}
      <div className="row">
        <Badge>as {roleInText(invitation.role)}</Badge>
        {invitation.label && <Badge variant="outline">{invitation.label}</Badge>}
        <Badge variant="outline">{plural(invitation.memberCount, 'member')}</Badge>
      </div>
      {invitation.expiresAt && invitation.status === 'ACTIVE' && (
        <p className="small dimmed">
          Expires {relativeTime(invitation.expiresAt)}{' '}
          <time dateTime={invitation.expiresAt}>({exactDateTime(invitation.expiresAt)})</time>
        </p>
      )}
      {invitation.requiresVerifiedEmail &&
        invitation.status === 'ACTIVE' &&
        !invitation.viewerIsMember &&
        !invitation.invitationsPaused && (
          <p className="small" data-testid="needs-school-email">
            To join, you need an account with a confirmed email address from the school.
          </p>
        )}
      <div aria-live="polite">
        {invitation.status !== 'ACTIVE' ? (
          <Alert role="alert" title="This invitation no longer works">
            {STATUS_MESSAGE[invitation.status]}
            {invitation.status === 'EXPIRED' &&
              invitation.expiresAt &&
              ` It expired on ${exactDate(invitation.expiresAt)}.`}
          </Alert>
        ) : invitation.invitationsPaused || problem?.code === 'INVITATION_PAUSED' ? (
          <Alert tone="yellow" role="alert" title={PAUSED_TITLE}>
            {PAUSED_NEXT}
          </Alert>
        ) : invitation.viewerIsBlocked ? (
          <Alert role="alert">{BLOCKED}</Alert>
        ) : problem?.reason === 'EMAIL_UNVERIFIED' ? (
          <ConfirmEmailPrompt />
        ) : problem ? (
          <Alert
            role="alert"
            title={problem.reason === 'EMAIL_DOMAIN' ? 'Not with this address' : undefined}
          >
            {problemText(problem, invitation.groupNames)}
          </Alert>
        ) : alreadyIn ? (
          <Alert tone="blue" role="status">
            You are already in {names(invitation.groupNames)}.
          </Alert>
        ) : null}
      </div>
      {invitation.status === 'ACTIVE' &&
        !invitation.invitationsPaused &&
        !invitation.viewerIsBlocked &&
        (invitation.viewerIsMember ? (
          <div className="stack">
            <p>You are already a member of {invitation.schoolName}.</p>
            {/* A member joins the invitation's groups they are not in yet. */}
            {invitation.groupNames.length > 0 && !alreadyIn && (
              <Button size="lg" onClick={() => void join()} loading={joining}>
                Join {names(invitation.groupNames)}
              </Button>
            )}
            <Button
              variant={invitation.groupNames.length > 0 && !alreadyIn ? 'default' : 'filled'}
              onClick={() => goTo(`/schools/${invitation.schoolSlug}`)}
            >
              Open {invitation.schoolName}
            </Button>
          </div>
        ) : me ? (
          <div className="stack">
            <Button size="lg" onClick={() => void join()} loading={joining}>
              Join {joins}
            </Button>
            <div className="row">
              <p className="small dimmed">Signed in as {me.name}.</p>
              <Button
                variant="subtle"
                size="sm"
                onClick={async () => {
                  await signOut();
                  setMe(null);
                  setSigningUp(true);
                  preview.refetch();
                }}
              >
                Not you? Switch account
              </Button>
            </div>
          </div>
        ) : signingUp ? (
          <AuthForm
            then="and join"
            autoFocus
            onDone={async (user) => {
              setMe(user);
              await join();
            }}
          />
        ) : (
          <Button size="lg" onClick={() => setSigningUp(true)}>
            Join {joins}
          </Button>
        ))}
    </Card>
  );
}
