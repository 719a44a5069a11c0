import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RequestPasswordResetMutation } from '../../../lib/viewer/request-password-reset';
import { AuthForm } from '../../../lib/viewer/auth-form';
import { noSession, renderJoinApp } from '../../../test/render';
import { ResetPasswordMutation } from '../api/reset-password';
import { VerifyEmailMutation } from '../api/verify-email';
import { ResetPasswordPage } from './reset-password-page';
import { VerifyEmailPage } from './verify-email-page';

const at = (url: string) => window.history.replaceState(null, '', url);

describe('/verify-email', () => {
  afterEach(() => window.localStorage.clear());

  it('confirms with the token from the fragment, takes it off the address, and goes back to the invitation', async () => {
    at('/verify-email#token=sie_abc');
    window.localStorage.setItem('school-invites:after-email-confirmed', '/invite/tok_1');
    const verify = {
      request: { query: VerifyEmailMutation, variables: { token: 'sie_abc' } },
      result: { data: { verifyEmail: { id: 'u1', name: 'Sam' } } },
    };
    renderJoinApp(<VerifyEmailPage />, { mocks: [verify, noSession] });
    expect(await screen.findByText('Your email address is confirmed')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the invitation' })).toHaveAttribute(
      'href',
      '/invite/tok_1',
    );
    expect(window.location.hash).toBe('');
  });

  it('a used or expired link: says so without the field name', async () => {
    at('/verify-email#token=sie_old');
    const verify = {
      request: { query: VerifyEmailMutation, variables: { token: 'sie_old' } },
      result: {
        errors: [
          {
            message: 'token: this link has expired or was already used. Ask for a new one.',
            extensions: { code: 'BAD_USER_INPUT', field: 'token' },
          },
        ],
      },
    };
    renderJoinApp(<VerifyEmailPage />, { mocks: [verify, noSession] });
    expect(
      await screen.findByText('This link has expired or was already used. Ask for a new one.'),
    ).toBeInTheDocument();
  });

  it('no token: says the link is not complete and asks nothing', async () => {
    at('/verify-email');
    const { requests } = renderJoinApp(<VerifyEmailPage />, { mocks: [noSession] });
    expect(await screen.findByText(/This link is not complete/)).toBeInTheDocument();
    expect(requests.some((r) => r.query.includes('verifyEmail'))).toBe(false);
  });
});

describe('/reset-password', () => {
  it('sets the new password, which signs in, and opens the home page', async () => {
    at('/reset-password#token=sie_reset');
    const reset = {
      request: {
        query: ResetPasswordMutation,
        variables: { token: 'sie_reset', password: 'a-new-password-1' },
      },
      result: { data: { resetPassword: { user: { id: 'u1', name: 'Sam' } } } },
    };
    const { goneTo } = renderJoinApp(<ResetPasswordPage />, { mocks: [reset, noSession] });
    expect(window.location.hash).toBe('');
    await userEvent.type(screen.getByLabelText(/New password/), 'a-new-password-1');
    await userEvent.click(
      screen.getByRole('button', { name: 'Save the new password and sign in' }),
    );
    await waitFor(() => expect(goneTo).toEqual(['/']));
  });

  it('too short a password: said beside the field, nothing sent', async () => {
    at('/reset-password#token=sie_reset');
    const { requests } = renderJoinApp(<ResetPasswordPage />, { mocks: [noSession] });
    await userEvent.type(screen.getByLabelText(/New password/), 'short');
    await userEvent.click(
      screen.getByRole('button', { name: 'Save the new password and sign in' }),
    );
    expect(await screen.findByText(/Use at least 10 characters/)).toBeInTheDocument();
    expect(requests.some((r) => r.query.includes('resetPassword'))).toBe(false);
  });
});

describe('Forgot password?', () => {
  it('asks for a link and answers the same whether or not the address has an account', async () => {
    const ask = {
      request: { query: RequestPasswordResetMutation, variables: { email: 'nobody@example.org' } },
      result: { data: { requestPasswordReset: true } },
    };
    renderJoinApp(<AuthForm initialMode="sign-in" onDone={() => undefined} />, {
      mocks: [ask, noSession],
    });
    await userEvent.type(screen.getByLabelText(/Email/), 'nobody@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Forgot password?' }));
    expect(screen.getByLabelText(/Email/)).toHaveValue('nobody@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(
      await screen.findByText(/If an account uses nobody@example.org, we have sent it a link/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back to sign in' }));
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });
});
