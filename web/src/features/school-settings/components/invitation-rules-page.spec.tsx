import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, signedIn } from '../../../test/render';
import { InvitationRulesQuery } from '../../../components/invitations/use-invitation-rules';
import { PauseInvitationsMutation } from '../api/pause-invitations';
import { UpdateInvitationPolicyMutation } from '../api/update-invitation-policy';
import { InvitationRulesPage } from './invitation-rules-page';

const OWNER = ['SCHOOL_MANAGE', 'INVITATIONS_CREATE', 'INVITATIONS_REVOKE', 'INVITATIONS_VIEW'];
const viewer = (permissions: string[]) =>
  signedIn([{ id: 's1', name: 'Hillside', slug: 'hillside', role: 'OWNER', permissions }]);

const POLICY = {
  __typename: 'InvitationPolicy',
  allowedEmailDomains: ['hillside.sch.uk'],
  maxExpiryDays: 30,
  staffInvitationsMustBeLimited: false,
};

const rules = (withPolicy: boolean, pausedAt: string | null = null) => ({
  request: { query: InvitationRulesQuery, variables: { schoolId: 's1', withPolicy } },
  result: {
    data: {
      school: {
        __typename: 'School',
        id: 's1',
        invitationsPausedAt: pausedAt,
        ...(withPolicy ? { invitationPolicy: POLICY } : {}),
      },
    },
  },
});

const show = (mocks: any[]) =>
  renderWithProviders(<InvitationRulesPage />, {
    mocks,
    path: '/schools/:slug/settings/invitation-rules',
    route: '/schools/hillside/settings/invitation-rules',
  });

describe('School settings → Invitation rules', () => {
  it("the owner edits the policy and sees the server's field error beside the field", async () => {
    const refused = {
      request: {
        query: UpdateInvitationPolicyMutation,
        variables: {
          schoolId: 's1',
          input: {
            allowedEmailDomains: ['hillside.sch.uk', 'not_a_domain'],
            maxExpiryDays: 30,
            staffInvitationsMustBeLimited: true,
          },
        },
      },
      result: {
        errors: [
          {
            message: 'allowedEmailDomains: "not_a_domain" is not an email domain, like example.org',
            extensions: { code: 'BAD_USER_INPUT', field: 'allowedEmailDomains' },
          },
        ],
      },
    };
    show([viewer(OWNER), rules(true), refused]);
    expect(await screen.findByRole('heading', { name: 'Invitation policy' })).toBeInTheDocument();
    expect(screen.getByText('hillside.sch.uk')).toBeInTheDocument();
    expect(screen.getByLabelText(/Longest an invitation may last/)).toHaveValue('30');
    await userEvent.click(
      screen.getByRole('switch', { name: /Staff invitations must be limited/ }),
    );
    const domains = screen.getAllByLabelText(/Allowed email domains/)[0]!;
    await userEvent.type(domains, 'not_a_domain;');
    await userEvent.click(screen.getByRole('button', { name: 'Save policy' }));
    expect(
      await screen.findByText('"not_a_domain" is not an email domain, like example.org'),
    ).toBeInTheDocument();
  });

  it('someone who creates invitations reads a summary, with no form', async () => {
    show([viewer(['INVITATIONS_CREATE', 'INVITATIONS_VIEW']), rules(true)]);
    const summary = await screen.findByTestId('policy-summary');
    expect(within(summary).getByText(/hillside.sch.uk/)).toBeInTheDocument();
    expect(within(summary).getByText(/within 30 days/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save policy' })).not.toBeInTheDocument();
    expect(screen.queryByRole('switch', { name: 'Pause all invitations' })).not.toBeInTheDocument();
  });

  it('pausing asks first, says nothing else changes, then pauses', async () => {
    const pause = {
      request: { query: PauseInvitationsMutation, variables: { schoolId: 's1' } },
      result: {
        data: {
          pauseInvitations: {
            __typename: 'School',
            id: 's1',
            invitationsPausedAt: new Date().toISOString(),
          },
        },
      },
    };
    show([viewer(['INVITATIONS_REVOKE', 'INVITATIONS_VIEW']), rules(false), pause]);
    await userEvent.click(await screen.findByRole('switch', { name: /Pause all invitations/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Pause all invitations?' });
    expect(within(dialog).getByText(/stops working until you resume/)).toBeInTheDocument();
    expect(within(dialog).getByText('Nothing else changes')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pause all invitations' }));
    expect(await screen.findByTestId('paused-status')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: /Pause all invitations/ })).toBeChecked();
  });
});
