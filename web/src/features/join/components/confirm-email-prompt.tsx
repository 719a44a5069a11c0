import { useState } from 'react';
import { Alert, Button } from '../../../components/ui/plain';
import { readableError } from '../../../lib/error-message';
import { waitTime } from '../../../lib/relative-time';
import { useGraphQLMutation } from '../../../lib/use-graphql';
import { rememberPageAfterEmailConfirmed } from '../../../lib/viewer/after-email-confirmed';
import { RequestEmailVerificationMutation } from '../../../lib/viewer/request-email-verification';

/**
 * The invitation needs a confirmed address and the viewer's is not confirmed yet: email them a
 * link, and say what to do with it. The link's page brings them back here.
 */
export function ConfirmEmailPrompt() {
  const [request, { loading }] = useGraphQLMutation(RequestEmailVerificationMutation);
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const send = async () => {
    setProblem(null);
    try {
      await request({});
      rememberPageAfterEmailConfirmed(window.location.pathname + window.location.search);
      setSent(true);
    } catch (caught) {
      const error = readableError(caught);
      setProblem(
        error.reason === 'MAIL_OFF'
          ? 'This site cannot send email yet. Ask your school to confirm your address another way.'
          : error.code === 'RATE_LIMITED' && error.retryAfterSeconds
            ? `We sent several links already. Please wait ${waitTime(error.retryAfterSeconds)}, or use the newest link we sent.`
            : error.message,
      );
    }
  };

  return (
    <div className="stack">
      <Alert tone="yellow" role="alert" title="Confirm your email address first">
        This invitation is only for people with a confirmed school email address. We can email you a
        link that confirms yours.
      </Alert>
      {sent ? (
        <Alert tone="blue" role="status" title="Check your email">
          We sent you a link. Open it within 30 minutes, on this phone or computer if you can: it
          brings you back to this invitation to join. Nothing there? Check your spam folder, or send
          another link.
        </Alert>
      ) : null}
      {problem && <Alert role="alert">{problem}</Alert>}
      <Button variant={sent ? 'default' : 'filled'} onClick={() => void send()} loading={loading}>
        {sent ? 'Send another link' : 'Send me a confirmation link'}
      </Button>
    </div>
  );
}
