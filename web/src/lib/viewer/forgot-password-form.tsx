import { LIMITS } from '@school-invites/shared';
import { useState, type FormEvent } from 'react';
import { Alert, Button, TextField } from '../../components/ui/plain';
import { readableError } from '../error-message';
import { graphqlRequest } from '../graphql-request';
import { RequestPasswordResetMutation } from './request-password-reset';

/**
 * Asks for a link to choose a new password. The answer is the same whether or not the address
 * has an account, so this form never tells anyone who is registered.
 */
export function ForgotPasswordForm({
  initialEmail = '',
  onBack,
}: {
  initialEmail?: string;
  onBack: () => void;
}) {
  const [email, setEmail] = useState(initialEmail);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!email.trim()) return setError('Type the email address you signed up with.');
    setBusy(true);
    try {
      await graphqlRequest(RequestPasswordResetMutation, { email: email.trim() });
      setSentTo(email.trim());
    } catch (caught) {
      setError(readableError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="stack">
      <h2>Choose a new password</h2>
      <p className="small">
        Type the email address you signed up with. We email it a link to choose a new password.
      </p>
      <TextField
        label="Email"
        type="email"
        required
        maxLength={LIMITS.emailMax}
        value={email}
        onChange={(e) => setEmail(e.currentTarget.value)}
        autoComplete="email"
        autoFocus
      />
      <div aria-live="polite">
        {error ? (
          <Alert>{error}</Alert>
        ) : sentTo ? (
          <Alert tone="blue" title="Check your email">
            If an account uses {sentTo}, we have sent it a link. Open it within 30 minutes to choose
            a new password. Nothing there? Check your spam folder.
          </Alert>
        ) : null}
      </div>
      <Button type="submit" loading={busy} variant={sentTo ? 'default' : 'filled'}>
        {sentTo ? 'Send another link' : 'Send me a link'}
      </Button>
      <Button variant="subtle" onClick={onBack}>
        Back to sign in
      </Button>
    </form>
  );
}
