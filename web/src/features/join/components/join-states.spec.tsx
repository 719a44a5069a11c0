import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RedeemInvitationMutation } from '../../../lib/viewer/redeem-invitation';
import { RequestEmailVerificationMutation } from '../../../lib/viewer/request-email-verification';
import { noSession, renderJoinApp, session } from '../../../test/render';
import { InvitationPreviewQuery } from '../api/invitation-preview';
import { InvitationJoin } from './invitation-join';

const TOKEN = 'tok_456';

function preview(overrides: Record<string, unknown> = {}) {
  return {
    request: { query: InvitationPreviewQuery, variables: { token: TOKEN } },
    result: {
      data: {
        invitationPreview: {
          schoolName: 'Hillside Primary',
          schoolSlug: 'hillside',
          groupNames: [],
          schoolDescription: null,
          memberCount: 42,
          inviterName: 'Ms Rivera',
          role: 'STUDENT',
          label: null,
          expiresAt: null,
          status: 'ACTIVE',
          viewerIsMember: false,
          viewerIsBlocked: false,
          invitationsPaused: false,
          requiresVerifiedEmail: false,
          ...overrides,
        },
      },
    },
  };
}

const refused = (reason: string, message = 'Refused by the server.') => ({
  request: { query: RedeemInvitationMutation, variables: { input: { token: TOKEN } } },
  result: { errors: [{ message, extensions: { code: 'INVITATION_NOT_ALLOWED', reason } }] },
});

const show = (mocks: any[]) => renderJoinApp(<InvitationJoin token={TOKEN} />, { mocks });

describe('the invitation page says what stops the viewer joining', () => {
  afterEach(() => window.localStorage.clear());

  it('paused: the school paused its invitations, and there is no Join button', async () => {
    show([preview({ invitationsPaused: true }), noSession]);
    expect(
      await screen.findByText('This school has paused its invitations for now'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Join/ })).not.toBeInTheDocument();
  });

  it('blocked: a plain message, and no Join button', async () => {
    show([preview({ viewerIsBlocked: true }), session()]);
    expect(await screen.findByText(/You cannot join this school/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Join/ })).not.toBeInTheDocument();
  });

  it('needs a confirmed school address: says so before joining', async () => {
    show([preview({ requiresVerifiedEmail: true }), session()]);
    expect(await screen.findByText(/confirmed email address from the school/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Join Hillside Primary' })).toBeInTheDocument();
  });

  it('outside the allowed domains: sign in with the school address, and no domain is named', async () => {
    show([preview({ requiresVerifiedEmail: true }), session(), refused('EMAIL_DOMAIN')]);
    await userEvent.click(await screen.findByRole('button', { name: 'Join Hillside Primary' }));
    const alert = await screen.findByText(/Sign in with the address your school gave you/);
    expect(alert).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Not you? Switch account' })).toBeInTheDocument();
  });

  it('unconfirmed address: sends a confirmation link, says what next, and remembers the page', async () => {
    const sendLink = {
      request: { query: RequestEmailVerificationMutation },
      result: { data: { requestEmailVerification: true } },
    };
    const { requests } = show([
      preview({ requiresVerifiedEmail: true }),
      session(),
      refused('EMAIL_UNVERIFIED'),
      sendLink,
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Join Hillside Primary' }));
    expect(await screen.findByText('Confirm your email address first')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Send me a confirmation link' }));
    expect(await screen.findByText('Check your email')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send another link' })).toBeInTheDocument();
    expect(requests.some((r) => r.query.includes('requestEmailVerification'))).toBe(true);
    expect(window.localStorage.getItem('school-invites:after-email-confirmed')).toBe('/');
  });

  it('unconfirmed address while mail is off: says to ask the school', async () => {
    const mailOff = {
      request: { query: RequestEmailVerificationMutation },
      result: {
        errors: [
          { message: 'Set SMTP_URL.', extensions: { code: 'CONFLICT', reason: 'MAIL_OFF' } },
        ],
      },
    };
    show([preview(), session(), refused('EMAIL_UNVERIFIED'), mailOff]);
    await userEvent.click(await screen.findByRole('button', { name: 'Join Hillside Primary' }));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Send me a confirmation link' }),
    );
    expect(await screen.findByText(/cannot send email yet/)).toBeInTheDocument();
    expect(screen.queryByText(/SMTP_URL/)).not.toBeInTheDocument();
  });

  it('paused after opening: joining answers INVITATION_PAUSED, said plainly', async () => {
    const paused = {
      request: { query: RedeemInvitationMutation, variables: { input: { token: TOKEN } } },
      result: { errors: [{ message: 'Paused.', extensions: { code: 'INVITATION_PAUSED' } }] },
    };
    show([preview(), session(), paused]);
    await userEvent.click(await screen.findByRole('button', { name: 'Join Hillside Primary' }));
    expect(
      await screen.findByText('This school has paused its invitations for now'),
    ).toBeInTheDocument();
  });
});
