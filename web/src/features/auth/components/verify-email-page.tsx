import { useEffect, useRef, useState } from 'react';
import { Alert, ButtonLink, Card, Skeleton } from '../../../components/ui/plain';
import { useDocumentTitle } from '../../../lib/document-title';
import { fieldMessage, readableError } from '../../../lib/error-message';
import { useGraphQLMutation } from '../../../lib/use-graphql';
import { takePageAfterEmailConfirmed } from '../../../lib/viewer/after-email-confirmed';
import { VerifyEmailMutation } from '../api/verify-email';
import { takeLinkToken } from './link-token';

type State =
  | { step: 'confirming' }
  | { step: 'done'; next: string | null }
  | { step: 'failed'; message: string };

/** /verify-email#token=…: the link a confirmation email holds. Confirms on opening, then goes on. */
export function VerifyEmailPage() {
  useDocumentTitle('Confirm your email');
  const [token] = useState(takeLinkToken);
  const [verify] = useGraphQLMutation(VerifyEmailMutation);
  const [state, setState] = useState<State>(() =>
    token
      ? { step: 'confirming' }
      : {
          step: 'failed',
          message:
            'This link is not complete. Open it straight from the email, or ask for a new one.',
        },
  );
  // A link works once: the second run of the effect (React's strict mode) must not use it again.
  const asked = useRef(false);
  useEffect(() => {
    if (!token || asked.current) return;
    asked.current = true;
    verify({ token }).then(
      () => setState({ step: 'done', next: takePageAfterEmailConfirmed() }),
      (caught: unknown) => {
        const error = readableError(caught);
        setState({
          step: 'failed',
          message: error.field === 'token' ? fieldMessage(error) : error.message,
        });
      },
    );
  }, [token, verify]);

  return (
    <div className="stack">
      <h1>Confirm your email</h1>
      {state.step === 'confirming' ? (
        <Skeleton height={120} label="Confirming your email address" />
      ) : state.step === 'done' ? (
        <Card className="stack">
          <Alert tone="blue" role="status" title="Your email address is confirmed">
            {state.next
              ? 'You can now join with the invitation you were looking at.'
              : 'Invitations that need a confirmed address now work for you.'}
          </Alert>
          <p>
            {state.next ? (
              <ButtonLink href={state.next}>Back to the invitation</ButtonLink>
            ) : (
              <ButtonLink href="/">Go to your schools</ButtonLink>
            )}
          </p>
        </Card>
      ) : (
        <Card className="stack">
          <Alert role="alert" title="We couldn't confirm your email">
            {state.message}
          </Alert>
          <p className="small">
            Sign in and ask for a new link: from the invitation you want to join, or from your home
            page.
          </p>
          <p>
            <ButtonLink href="/" variant="default">
              Go to the home page
            </ButtonLink>
          </p>
        </Card>
      )}
    </div>
  );
}
