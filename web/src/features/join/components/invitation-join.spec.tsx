import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RedeemInvitationMutation } from '../../../lib/viewer/redeem-invitation';
import { SignOutMutation } from '../../../lib/viewer/sign-out';
import { SignUpMutation } from '../../../lib/viewer/sign-up';
import { noSession, renderJoinApp, session } from '../../../test/render';
import { InvitationPreviewQuery } from '../api/invitation-preview';
import { InvitationJoin } from './invitation-join';

// The join app asks who is signed in once (Session); these read like the admin app's mocks.
const signedIn = () => session('Sam Signed-in');
const signedOut = noSession;

const TOKEN = 'tok_123';

function preview(overrides: Record<string, unknown> = {}) {
  return {
    request: { query: InvitationPreviewQuery, variables: { token: TOKEN } },
    result: {
      data: {
        invitationPreview: {
          __typename: 'InvitationPreview',
          schoolName: 'Hillside Primary',
          schoolSlug: 'hillside',
          groupNames: [],
          schoolDescription: 'A small school by the river.',
          memberCount: 42,
          inviterName: 'Ms Rivera',
          role: 'STUDENT',
          label: 'Year 7 classroom',
          expiresAt: new Date(Date.now() + 3 * 86_400_000 + 60_000).toISOString(),
          status: 'ACTIVE',
          viewerIsMember: false,
          ...overrides,
        },
      },
    },
  };
}

function previewError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return {
    request: { query: InvitationPreviewQuery, variables: { token: TOKEN } },
    result: { errors: [{ message, extensions: { code, ...extensions } }] },
  };
}

const show = (mocks: any[]) => renderJoinApp(<InvitationJoin token={TOKEN} />, { mocks });

describe('the invitation page', () => {
  it('shows the school, who invited, the role, the label and when it expires', async () => {
    show([preview(), signedIn()]);
    expect(await screen.findByRole('heading', { name: 'Hillside Primary' })).toBeInTheDocument();
    expect(screen.getByText('Ms Rivera invited you to join')).toBeInTheDocument();
    expect(screen.getByText('as student')).toBeInTheDocument();
    expect(screen.getByText('Year 7 classroom')).toBeInTheDocument();
    expect(screen.getByText('42 members')).toBeInTheDocument();
    expect(screen.getByText(/Expires in 3 days/)).toBeInTheDocument();
  });

  it('signed in: one Join button, who is signed in, and a way to switch account; joining lands in the school', async () => {
    const redeem = {
      request: { query: RedeemInvitationMutation, variables: { input: { token: TOKEN } } },
      result: {
        data: {
          redeemInvitation: {
            __typename: 'RedeemResult',
            alreadyMember: false,
            addedToGroups: [],
            membership: {
              __typename: 'Membership',
              role: 'STUDENT',
              school: {
                __typename: 'School',
                id: 's1',
                slug: 'hillside',
                name: 'Hillside Primary',
              },
            },
          },
        },
      },
    };
    const { goneTo } = show([preview(), signedIn(), redeem]);
    expect(await screen.findByText('Signed in as Sam Signed-in.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Not you? Switch account' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Join Hillside Primary' }));
    await waitFor(() => expect(goneTo).toEqual(['/schools/hillside?welcome=1']));
  });

  it('signed in as someone else: switching account signs out and offers the sign-up in place', async () => {
    const signOut = { request: { query: SignOutMutation }, result: { data: { signOut: true } } };
    show([preview(), { ...signedIn(), maxUsageCount: 1 }, signOut, preview()]);
    await userEvent.click(await screen.findByRole('button', { name: 'Not you? Switch account' }));
    expect(await screen.findByLabelText(/Your name/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Hillside Primary' })).toBeInTheDocument();
    expect(screen.queryByText(/Signed in as/)).not.toBeInTheDocument();
  });

  it('signed out: Join leads to a short sign-up on the same page, whose button says it joins too', async () => {
    show([preview(), signedOut]);
    await userEvent.click(await screen.findByRole('button', { name: 'Join Hillside Primary' }));
    expect(screen.getByLabelText(/Your name/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Your name/)).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Create account and join' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Hillside Primary' })).toBeInTheDocument();
  });

  it('signed out: creating the account joins at once and lands in the school', async () => {
    const signUp = {
      request: {
        query: SignUpMutation,
        variables: {
          input: { name: 'Pat Parent', email: 'pat@example.org', password: 'pat-password-12' },
        },
      },
      result: {
        data: {
          signUp: {
            __typename: 'AuthPayload',
            user: { __typename: 'User', id: 'u9', name: 'Pat Parent' },
          },
        },
      },
    };
    const redeem = {
      request: { query: RedeemInvitationMutation, variables: { input: { token: TOKEN } } },
      result: {
        data: {
          redeemInvitation: {
            __typename: 'RedeemResult',
            alreadyMember: false,
            addedToGroups: [],
            membership: {
              __typename: 'Membership',
              role: 'STUDENT',
              school: {
                __typename: 'School',
                id: 's1',
                slug: 'hillside',
                name: 'Hillside Primary',
              },
            },
          },
        },
      },
    };
    const { goneTo } = show([preview(), signedOut, signUp, redeem]);
    await userEvent.click(await screen.findByRole('button', { name: 'Join Hillside Primary' }));
    await userEvent.type(screen.getByLabelText(/Your name/), 'Pat Parent');
    await userEvent.type(screen.getByLabelText(/Email/), 'pat@example.org');
    await userEvent.type(screen.getByLabelText(/^Password/), 'pat-password-12');
    await userEvent.click(screen.getByRole('button', { name: 'Create account and join' }));
    await waitFor(() => expect(goneTo).toEqual(['/schools/hillside?welcome=1']));
  });

  it("names the invitation's groups, joins them and says so on the school's page", async () => {
    const redeem = {
      request: { query: RedeemInvitationMutation, variables: { input: { token: TOKEN } } },
      result: {
        data: {
          redeemInvitation: {
            __typename: 'RedeemResult',
            alreadyMember: false,
            addedToGroups: [{ __typename: 'Group', id: 'g1', name: 'Year 7 Maple' }],
            membership: {
              __typename: 'Membership',
              role: 'STUDENT',
              school: {
                __typename: 'School',
                id: 's1',
                slug: 'hillside',
                name: 'Hillside Primary',
              },
            },
          },
        },
      },
    };
    const { goneTo } = show([preview({ groupNames: ['Year 7 Maple'] }), signedIn(), redeem]);
    expect(await screen.findByTestId('join-groups')).toHaveTextContent('Year 7 Maple');
    await userEvent.click(
      screen.getByRole('button', { name: 'Join Hillside Primary · Year 7 Maple' }),
    );
    await waitFor(() => expect(goneTo).toEqual(['/schools/hillside?welcome=1&group=Year+7+Maple']));
    expect(document.title).toMatch(/^Join Hillside Primary · Year 7 Maple/);
  });

  it('a full class: a plain message naming it', async () => {
    const full = {
      request: { query: RedeemInvitationMutation, variables: { input: { token: TOKEN } } },
      result: {
        errors: [
          {
            message: 'A class or group this invitation joins is full.',
            extensions: { code: 'INVITATION_GROUP_FULL' },
          },
        ],
      },
    };
    show([preview({ groupNames: ['Year 7 Maple'] }), signedIn(), full]);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Join Hillside Primary · Year 7 Maple' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Year 7 Maple is full: there are no places left. Ask whoever shared the invitation to make room or to give you another one.',
    );
  });

  it('already a member: joins the groups they miss', async () => {
    const redeem = {
      request: { query: RedeemInvitationMutation, variables: { input: { token: TOKEN } } },
      result: {
        data: {
          redeemInvitation: {
            __typename: 'RedeemResult',
            alreadyMember: true,
            addedToGroups: [{ __typename: 'Group', id: 'g1', name: 'Year 7 Maple' }],
            membership: {
              __typename: 'Membership',
              role: 'STUDENT',
              school: {
                __typename: 'School',
                id: 's1',
                slug: 'hillside',
                name: 'Hillside Primary',
              },
            },
          },
        },
      },
    };
    const { goneTo } = show([
      preview({ viewerIsMember: true, groupNames: ['Year 7 Maple'] }),
      signedIn(),
      redeem,
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Join Year 7 Maple' }));
    await waitFor(() => expect(goneTo).toEqual(['/schools/hillside?group=Year+7+Maple']));
  });

  it('already a member: says so and offers to open the school', async () => {
    show([preview({ viewerIsMember: true }), signedIn()]);
    expect(
      await screen.findByText('You are already a member of Hillside Primary.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open Hillside Primary' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Join Hillside Primary' })).not.toBeInTheDocument();
  });

  it.each([
    ['REVOKED', /withdrawn by the school/],
    ['USED_UP', /used as many times as it allows/],
  ])('%s: its own message and no Join button', async (status, message) => {
    show([preview({ status }), signedIn()]);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByRole('button', { name: /Join/ })).not.toBeInTheDocument();
  });

  it('shows the exact moment it expires beside the relative one', async () => {
    const expiresAt = new Date(Date.now() + 3 * 86_400_000 + 60_000).toISOString();
    show([preview({ expiresAt }), signedIn()]);
    const line = await screen.findByText(/Expires in 3 days/);
    expect(line).toHaveTextContent(new Date(expiresAt).toLocaleDateString());
  });

  it('expired: says so with the date', async () => {
    const expiresAt = '2026-03-01T10:00:00.000Z';
    show([preview({ status: 'EXPIRED', expiresAt }), signedIn()]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/has expired/);
    expect(alert).toHaveTextContent(new Date(expiresAt).toLocaleDateString());
  });

  it('not found: a plain message and what to do next', async () => {
    show([
      previewError(
        'INVITATION_NOT_FOUND',
        'This invitation link is not valid. Check that you copied all of it.',
      ),
      signedOut,
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent(/not valid.*ask whoever shared it/);
  });

  it('rate limited: says when to try again', async () => {
    show([
      previewError('RATE_LIMITED', 'Too many attempts.', { retryAfterSeconds: 95 }),
      signedOut,
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Please wait 2 minutes and try again.',
    );
  });
});
