import { Alert, Button, PasswordInput, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { LIMITS } from '@school-invites/shared';
import { useState, type FormEvent } from 'react';
import { readableError } from '../error-message';
import { useSignIn } from './sign-in';
import { useSignUp } from './sign-up';

/** Sign up or sign in in place; used on its own page and inside the invitation page. */
export function AuthForm({ onDone, initialMode = 'sign-up' }: { onDone: () => void; initialMode?: 'sign-in' | 'sign-up' }) {
  const [mode, setMode] = useState(initialMode);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [signIn, signingIn] = useSignIn();
  const [signUp, signingUp] = useSignUp();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      if (mode === 'sign-up') await signUp({ variables: { input: { name, email, password } } });
      else await signIn({ variables: { input: { email, password } } });
      onDone();
    } catch (caught) {
      setError(readableError(caught).message);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SegmentedControl
          value={mode}
          onChange={(value) => setMode(value as typeof mode)}
          data={[
            { label: 'New here', value: 'sign-up' },
            { label: 'I have an account', value: 'sign-in' },
          ]}
        />
        {mode === 'sign-up' && (
          <TextInput label="Your name" required maxLength={LIMITS.userNameMax} value={name} onChange={(e) => setName(e.currentTarget.value)} autoComplete="name" />
        )}
        <TextInput label="Email" type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} autoComplete="email" />
        <PasswordInput
          label="Password"
          required
          description={mode === 'sign-up' ? `At least ${LIMITS.passwordMin} characters` : undefined}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
        />
        <div aria-live="polite">{error && <Alert color="red">{error}</Alert>}</div>
        <Button type="submit" loading={signingIn.loading || signingUp.loading}>
          {mode === 'sign-up' ? 'Create account' : 'Sign in'}
        </Button>
      </Stack>
    </form>
  );
}
