import { LIMITS } from '@school-invites/shared';
import { useState, type FormEvent } from 'react';
import { Alert, Button, ButtonLink, Card, PasswordField } from '../../../components/ui/plain';
import { useDocumentTitle } from '../../../lib/document-title';
import { fieldMessage, readableError } from '../../../lib/error-message';
import { useGoTo } from '../../../lib/navigation';
import { useGraphQLMutation } from '../../../lib/use-graphql';
import { useSession } from '../../../lib/viewer/session';
import { ResetPasswordMutation } from '../api/reset-password';
import { takeLinkToken } from './link-token';

/**
 * /reset-password#token=…: the link a password-reset email holds. Choosing the new password signs
 * in here and signs out everywhere else, then opens the home page.
 */
export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const [token] = useState(takeLinkToken);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const [reset, { loading }] = useGraphQLMutation(ResetPasswordMutation);
  const { setMe } = useSession();
  const goTo = useGoTo();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (password.length < LIMITS.passwordMin)
      return setError({
        field: 'password',
        message: `Use at least ${LIMITS.passwordMin} characters.`,
      });
    try {
      const { resetPassword } = await reset({ token: token!, password });
      setMe(resetPassword.user);
      goTo('/');
    } catch (caught) {
      const problem = readableError(caught);
      setError({ field: problem.field, message: fieldMessage(problem) });
    }
  };

  if (!token)
    return (
      <div className="stack">
        <h1>Choose a new password</h1>
        <Alert role="alert" title="This link is not complete">
          Open it straight from the email, or ask for a new one from the sign-in page.
        </Alert>
        <p>
          <ButtonLink href="/sign-in">Go to sign in</ButtonLink>
        </p>
      </div>
    );

  const linkProblem = error && error.field === 'token';
  return (
    <div className="stack">
      <h1>Choose a new password</h1>
      <p>You will be signed in here, and signed out everywhere else.</p>
      <Card>
        <form onSubmit={submit} noValidate className="stack">
          <PasswordField
            label="New password"
            required
            description={`At least ${LIMITS.passwordMin} characters`}
            maxLength={LIMITS.passwordMax}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="new-password"
            autoFocus
            error={error?.field === 'password' ? error.message : null}
          />
          <div aria-live="polite">
            {error && error.field !== 'password' && (
              <Alert title={linkProblem ? 'This link no longer works' : undefined}>
                {error.message}
                {linkProblem && (
                  <>
                    {' '}
                    <a href="/sign-in">Go to sign in</a> and choose “Forgot password?”.
                  </>
                )}
              </Alert>
            )}
          </div>
          <Button type="submit" loading={loading}>
            Save the new password and sign in
          </Button>
        </form>
      </Card>
    </div>
  );
}
