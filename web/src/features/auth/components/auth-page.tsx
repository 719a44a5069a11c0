import { Card } from '../../../components/ui/plain';
import { useDocumentTitle } from '../../../lib/document-title';
import { graphqlRequest } from '../../../lib/graphql-request';
import { useGoTo } from '../../../lib/navigation';
import { AuthForm } from '../../../lib/viewer/auth-form';
import { RedeemInvitationMutation, welcomePath } from '../../../lib/viewer/redeem-invitation';
import { useSession, type SessionUser } from '../../../lib/viewer/session';

/** Where to go after signing in: a path on this site (`?next=/invite/…`), never another site. */
export function nextPath(search: string): string | null {
  const next = new URLSearchParams(search).get('next');
  return next && /^\/(?!\/)/.test(next) && !next.includes('\\') ? next : null;
}

/** The invitation a `next` path leads to: an invite link, or /join with a code. */
export function invitationIn(next: string | null): { token: string } | { code: string } | null {
  if (!next) return null;
  const url = new URL(next, 'http://local');
  const token =
    /^\/invite\/([^/]+)\/?$/.exec(url.pathname)?.[1] ??
    (url.pathname === '/join' ? url.searchParams.get('invite') : null);
  if (token) return { token: decodeURIComponent(token) };
  const code = url.pathname === '/join' ? url.searchParams.get('code') : null;
  return code ? { code } : null;
}

/**
 * /sign-in. Someone sent here from an invitation (`?next=/invite/…`) is most likely new: the page
 * opens on "create account", and joins the school in the same step.
 */
export function AuthPage() {
  const next = nextPath(window.location.search);
  const invitation = invitationIn(next);
  const { setMe } = useSession();
  const goTo = useGoTo();
  useDocumentTitle(invitation ? 'Create an account to join' : 'Sign in');

  const done = async (user: SessionUser) => {
    setMe(user);
    if (!invitation) return goTo(next ?? '/');
    try {
      const joined = await graphqlRequest(RedeemInvitationMutation, { input: invitation });
      goTo(welcomePath(joined.redeemInvitation));
    } catch {
      // The invitation page says what went wrong (expired, used up …) and what to do.
      goTo(next!);
    }
  };

  return (
    <div className="stack">
      <h1>{invitation ? 'Create an account to join' : 'Sign in'}</h1>
      {invitation && (
        <p>
          You were invited to join a school. Create an account and you join it in the same step.
        </p>
      )}
      <Card>
        <AuthForm
          initialMode={invitation ? 'sign-up' : 'sign-in'}
          then={invitation ? 'and join' : undefined}
          onDone={done}
        />
      </Card>
      <p className="small">
        Got a code from your school? <a href="/join">Join with a code</a>
      </p>
    </div>
  );
}
