import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { InvitationDetailsQuery } from '../api/invitation-details';
import { ReplaceInvitationMutation } from '../api/replace-invitation';
import { RevokeInvitationMutation } from '../api/revoke-invitation';
import { InvitationDetailsDrawer } from './invitation-details-drawer';
import { revokedInvitation } from '../../../test/revoked-invitation';

const ADA = { __typename: 'User', id: 'u1', name: 'Ada Admin' };
const RITA = { __typename: 'User', id: 'u2', name: 'Rita Revoker' };
const event = (id: string, action: string, actor = ADA) => ({
  __typename: 'AuditEventEdge',
  node: { __typename: 'AuditEvent', id, action, createdAt: new Date().toISOString(), actor },
});

function details(revoked: boolean) {
  return {
    request: { query: InvitationDetailsQuery, variables: { id: 'i1' } },
    result: {
      data: {
        invitation: {
          __typename: 'Invitation',
          id: 'i1',
          label: 'Parents newsletter',
          status: revoked ? 'REVOKED' : 'ACTIVE',
          code: 'K7QMX3TR9BW',
          link: 'http://school.test/invite/token-i1',
          role: 'STUDENT',
          groups: [],
          useCount: 2,
          maxUses: null,
          createdAt: new Date(Date.now() - 3_600_000).toISOString(),
          createdBy: ADA,
          expiresAt: null,
          revokedAt: revoked ? new Date().toISOString() : null,
          revokedBy: revoked ? RITA : null,
          viewerCanRevoke: !revoked,
          redemptions: {
            __typename: 'RedemptionConnection',
            totalCount: 0,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: [],
          },
          auditEvents: {
            __typename: 'AuditEventConnection',
            edges: revoked
              ? [event('a1', 'invitation.created'), event('a2', 'invitation.revoked', RITA)]
              : [event('a1', 'invitation.created')],
          },
        },
      },
    },
  };
}

describe('the invitation details drawer', () => {
  it('revokes after the warning, then shows the revocation in the history', async () => {
    const revoke = {
      request: { query: RevokeInvitationMutation, variables: { id: 'i1' } },
      result: {
        data: {
          revokeInvitation: revokedInvitation('i1', RITA, [
            event('a1', 'invitation.created'),
            event('a2', 'invitation.revoked', RITA),
          ]),
        },
      },
    };
    renderWithProviders(
      <InvitationDetailsDrawer id="i1" schoolSlug="hillside" onClose={() => undefined} />,
      { mocks: [details(false), revoke] },
    );
    const drawer = await screen.findByRole('dialog', { name: 'Invitation details' });
    expect(await within(drawer).findByText('student')).toBeInTheDocument();
    await userEvent.click(within(drawer).getByRole('button', { name: 'Revoke' }));
    const confirm = await screen.findByRole('dialog', { name: 'Revoke this invitation?' });
    expect(confirm).toHaveTextContent(/2 people joined through it\./);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Revoke invitation' }));
    // The answer carries the status, who revoked it and the history: no second request, no reload.
    expect(await within(drawer).findByText(/^Rita Revoker ·/)).toBeInTheDocument();
    expect(within(drawer).getByText(/by Rita Revoker/)).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: 'Revoke' })).not.toBeInTheDocument();
  });

  it('asks before Revoke & replace with the same facts, then shows the new one and the old one revoked by whom', async () => {
    const fresh = {
      __typename: 'Invitation',
      id: 'i2',
      code: 'ABCD2345EFG',
      link: 'http://school.test/invite/token-i2',
      role: 'STUDENT',
      label: 'Parents newsletter',
      useCount: 0,
      maxUses: null,
      expiresAt: null,
      status: 'ACTIVE',
      createdAt: new Date().toISOString(),
      viewerCanRevoke: true,
      createdBy: ADA,
      groups: [],
      replaces: revokedInvitation('i1', RITA, [
        event('a1', 'invitation.created'),
        event('a2', 'invitation.revoked', RITA),
        event('a3', 'invitation.replaced', RITA),
      ]),
    };
    const replace = {
      request: { query: ReplaceInvitationMutation, variables: { id: 'i1' } },
      result: { data: { replaceInvitation: fresh } },
    };
    renderWithProviders(
      <InvitationDetailsDrawer id="i1" schoolSlug="hillside" onClose={() => undefined} />,
      { mocks: [details(false), replace] },
    );
    const drawer = await screen.findByRole('dialog', { name: 'Invitation details' });
    await userEvent.click(await within(drawer).findByRole('button', { name: 'Revoke & replace' }));
    const confirm = await screen.findByRole('dialog', {
      name: 'Revoke and replace this invitation?',
    });
    expect(confirm).toHaveTextContent(/immediate and cannot be undone/);
    expect(confirm).toHaveTextContent(/2 people joined through it\. They stay in the school\./);
    expect(confirm).toHaveTextContent(/social media/);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Revoke & replace' }));
    const panel = await within(drawer).findByTestId('replacement');
    expect(within(panel).getByTestId('share-code')).toHaveTextContent('ABCD-2345-EFG');
    expect(await within(drawer).findByText(/by Rita Revoker/)).toBeInTheDocument();
    expect(within(drawer).getByText('Replaced by a new invitation')).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: 'Revoke' })).not.toBeInTheDocument();
  });
});
