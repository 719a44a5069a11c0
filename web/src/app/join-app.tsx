import type { ReactNode } from 'react';
import { AuthPage } from '../features/auth/components/auth-page';
import { ResetPasswordPage } from '../features/auth/components/reset-password-page';
import { VerifyEmailPage } from '../features/auth/components/verify-email-page';
import { InvitePage } from '../features/join/components/invite-page';
import { JoinPage } from '../features/join/components/join-page';
import { Button, ButtonLink } from '../components/ui/plain';
import { useDocumentTitle } from '../lib/document-title';
import { useGoTo } from '../lib/navigation';
import { SessionProvider, useSession } from '../lib/viewer/session';
import { signOut } from '../lib/viewer/sign-out';
import { matchPath } from './pages';

/** The join app's pages (see JOIN_APP_PATHS); links elsewhere load the admin app. */
function page(path: string): ReactNode {
  const invite = matchPath('/invite/:token', path);
  if (invite) return <InvitePage token={invite.token!} />;
  if (matchPath('/join', path)) return <JoinPage />;
  if (matchPath('/sign-in', path)) return <AuthPage />;
  if (matchPath('/verify-email', path)) return <VerifyEmailPage />;
  if (matchPath('/reset-password', path)) return <ResetPasswordPage />;
  return <NotFound />;
}

function NotFound() {
  useDocumentTitle('Page not found');
  return (
    <div className="stack">
      <h1>Page not found</h1>
      <p>There is nothing at this address. Check the link, or start again from the home page.</p>
      <p>
        <ButtonLink href="/">Go to the home page</ButtonLink>
      </p>
    </div>
  );
}

function Header({ path }: { path: string }) {
  const { me, loading } = useSession();
  const goTo = useGoTo();
  // Read when used: /join puts the code being looked at in the URL after this renders.
  const here = () => window.location.pathname + window.location.search;
  return (
    <header className="shell-header">
      <div className="shell-bar">
        <a href="/" className="shell-brand">
          school-invites
        </a>
        <nav aria-label="Account" className="shell-nav">
          {!matchPath('/join', path) && <a href="/join">Have a code?</a>}
          {loading ? null : me ? (
            <>
              <span className="shell-name">{me.name}</span>
              <Button
                variant="subtle"
                size="sm"
                onClick={async () => {
                  await signOut();
                  goTo(here());
                }}
              >
                Sign out
              </Button>
            </>
          ) : matchPath('/sign-in', path) ? null : (
            <ButtonLink
              href="/sign-in"
              size="sm"
              onClick={(event) =>
                (event.currentTarget.href = `/sign-in?${new URLSearchParams({ next: here() })}`)
              }
            >
              Sign in
            </ButtonLink>
          )}
        </nav>
      </div>
    </header>
  );
}

export function JoinApp({ path = window.location.pathname }: { path?: string }) {
  return (
    <SessionProvider>
      <Header path={path} />
      <main className="shell-main">{page(path)}</main>
    </SessionProvider>
  );
}
