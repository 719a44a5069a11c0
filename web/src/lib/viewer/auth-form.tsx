import { LIMITS } from '@school-invites/shared';
import { useId, useState, type FormEvent } from 'react';
import { Alert, Button, PasswordField, TextField } from '../../components/ui/plain';
import { readableError } from '../error-message';
import { graphqlRequest } from '../graphql-request';
import { ForgotPasswordForm } from './forgot-password-form';
import type { SessionUser } from './session';
import { SignInMutation } from './sign-in';
import { SignUpMutation } from './sign-up';

export type AuthMode = 'sign-in' | 'sign-up';

const LABELS: Record<AuthMode, string> = { 'sign-up': 'Create account', 'sign-in': 'Sign in' };

/**
 * Sign up or sign in in place; used on the sign-in page and inside the invitation page. `then`
 * names what happens right after ("and join"), so the button says it.
 */
export function AuthForm({
  onDone,
  initialMode = 'sign-up',
  then,
  autoFocus = false,
}: {
  onDone: (user: SessionUser) => unknown;
  initialMode?: AuthMode;
  then?: string;
  /** Focus the first field: the form replaced the button that was pressed to show it. */
  autoFocus?: boolean;
}) {
  const [mode, setMode] = useState<AuthMode>(initialMode);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [forgot, setForgot] = useState(false);
  const modeName = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const user =
        mode === 'sign-up'
          ? (await graphqlRequest(SignUpMutation, { input: { name, email, password } })).signUp.user
          : (await graphqlRequest(SignInMutation, { input: { email, password } })).signIn.user;
      await onDone(user);
    } catch (caught) {
      setError(readableError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  if (forgot) return <ForgotPasswordForm initialEmail={email} onBack={() => setForgot(false)} />;

  return (
    <form onSubmit={submit} noValidate className="stack">
      <fieldset className="segmented">
        <legend className="visually-hidden">Do you have an account?</legend>
        {(
          [
            ['sign-up', 'New here'],
            ['sign-in', 'I have an account'],
          ] as const
        ).map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name={modeName}
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {mode === 'sign-up' && (
        <TextField
          label="Your name"
          required
          maxLength={LIMITS.userNameMax}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          autoComplete="name"
          autoFocus={autoFocus}
        />
      )}
      <TextField
        label="Email"
        type="email"
        required
        value={email}
        onChange={(e) => setEmail(e.currentTarget.value)}
        autoComplete="email"
        autoFocus={autoFocus && initialMode === 'sign-in'}
      />
      <PasswordField
        label="Password"
        required
        description={mode === 'sign-up' ? `At least ${LIMITS.passwordMin} characters` : undefined}
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
      />
      <div aria-live="polite">{error && <Alert>{error}</Alert>}</div>
      <Button type="submit" loading={busy}>
        {then ? `${LABELS[mode]} ${then}` : LABELS[mode]}
      </Button>
      {mode === 'sign-in' && (
        <Button variant="subtle" onClick={() => setForgot(true)}>
          Forgot password?
        </Button>
      )}
    </form>
  );
}
