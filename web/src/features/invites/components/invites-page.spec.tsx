import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, signedIn } from '../../../test/render';
import { CreateInvitationMutation } from '../api/create-invitation';
import { InvitesGroupsQuery } from '../api/invites-groups';
import { RevokeInvitationMutation } from '../api/revoke-invitation';
import { SchoolInvitesQuery } from '../api/school-invites';
import { InvitesPage } from './invites-page';
import { revokedInvitation } from '../../../test/revoked-invitation';

const ADMIN = ['INVITATIONS_VIEW', 'INVITATIONS_CREATE', 'INVITATIONS_REVOKE', 'MEMBERS_VIEW'];
const school = (permissions: string[]) =>
  signedIn([{ id: 's1', name: 'Hillside', slug: 'hillside', role: 'ADMIN', permissions }]);
const withGrantable = (mock: ReturnType<typeof signedIn>, roles: string[]) => {
  (mock.result as any).data.mySchools[0].viewerGrantableRoles = roles;
  return mock;
};

function invitation(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Invitation',
    id,
    code: 'K7QMX3TR9BW',
    link: `http://school.test/invite/token-${id}`,
    role: 'STUDENT',
    label: `Label ${id}`,
    useCount: 3,
    maxUses: 10,
    expiresAt: null,
    status: 'ACTIVE',
    createdAt: new Date(Date.now() - 3_600_000).toISOString(),
    revokedAt: null,
    viewerCanRevoke: true,
    createdBy: { __typename: 'User', id: 'u1', name: 'Ada Admin' },
    groups: [],
    ...overrides,
  };
}

function list(
  search: string | null,
  rows: ReturnType<typeof invitation>[],
  groupId: string | null = null,
) {
  return {
    request: {
      query: SchoolInvitesQuery,
      variables: { schoolId: 's1', first: 20, search, status: null, groupId },
    },
    result: {
      data: {
        school: {
          __typename: 'School',
          id: 's1',
          invitations: {
            __typename: 'InvitationConnection',
            totalCount: rows.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: rows.map((node) => ({ __typename: 'InvitationEdge', node })),
          },
        },
      },
    },
  };
}

const MAPLE = { __typename: 'Group', id: 'g1', name: 'Year 7 Maple' };
const groups = {
  request: { query: InvitesGroupsQuery, variables: { schoolId: 's1' } },
  result: {
    data: {
      school: {
        __typename: 'School',
        id: 's1',
        groups: {
          __typename: 'GroupConnection',
          edges: [
            { __typename: 'GroupEdge', node: MAPLE },
            {
              __typename: 'GroupEdge',
              node: { __typename: 'Group', id: 'g2', name: 'Chess club' },
            },
          ],
        },
      },
    },
  },
  maxUsageCount: Infinity,
};

const open = (mocks: any[], route = '/schools/hillside/settings/invites') =>
  renderWithProviders(<InvitesPage />, {
    mocks: [...mocks, groups],
    path: '/schools/:slug/settings/invites',
    route,
  });

describe('School Settings → Invites', () => {
  it('lists invitations with creator, grouped code, link, uses and status', async () => {
    open([
      withGrantable(school(ADMIN), ['ADMIN', 'TEACHER', 'STUDENT']),
      list(null, [
        invitation('i1'),
        invitation('i2', { status: 'REVOKED', viewerCanRevoke: false, maxUses: null }),
      ]),
    ]);
    const rows = await screen.findAllByTestId('invitation-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('Ada Admin')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('K7QM-X3TR-9BW')).toBeInTheDocument();
    // The link shows its token, which tells links apart (they share the host); the whole link is a hover away.
    expect(within(rows[0]!).getByText('token-i1')).toHaveAttribute(
      'title',
      'http://school.test/invite/token-i1',
    );
    expect(within(rows[0]!).getByText('3 / 10')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('3 / ∞')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Revoked')).toBeInTheDocument();
    expect(
      within(rows[1]!).queryByRole('button', { name: /Revoke invitation/ }),
    ).not.toBeInTheDocument();
  });

  it('puts the search in the URL and asks the server with it', async () => {
    const { router } = open([
      withGrantable(school(ADMIN), ['STUDENT']),
      list(null, [invitation('i1')]),
      list('ada', [invitation('i3')]),
    ]);
    await screen.findAllByTestId('invitation-row');
    await userEvent.type(screen.getByLabelText(/Search invitations/), 'ada');
    await waitFor(() => expect(router.state.location.search).toBe('?q=ada'));
    await waitFor(() => expect(screen.getByText('Label i3')).toBeInTheDocument());
    expect(screen.queryByText('Label i1')).not.toBeInTheDocument();
  });

  it('revokes after a warning that it is immediate and irreversible, and updates the row in place', async () => {
    const revoke = {
      request: { query: RevokeInvitationMutation, variables: { id: 'i1' } },
      result: {
        data: {
          revokeInvitation: revokedInvitation(
            'i1',
            { __typename: 'User', id: 'u1', name: 'Ada Admin' },
            [],
          ),
        },
      },
    };
    open([withGrantable(school(ADMIN), ['STUDENT']), list(null, [invitation('i1')]), revoke]);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Revoke invitation K7QM-X3TR-9BW' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(/immediate and cannot be undone/);
    expect(dialog).toHaveTextContent(/3 people joined through it\. They stay in the school\./);
    expect(dialog).toHaveTextContent(/social media/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke invitation' }));
    await waitFor(() =>
      expect(within(screen.getByTestId('invitation-row')).getByText('Revoked')).toBeInTheDocument(),
    );
    // The Revoke button that opened the dialog is gone: the focus lands on the row's Details.
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Details of invitation K7QM-X3TR-9BW' }),
      ).toHaveFocus(),
    );
  });

  it('shows the start and end of a long token, and the exact expiry beside the relative one', async () => {
    const expiresAt = new Date(Date.now() + 7 * 86_400_000 + 60_000).toISOString();
    open([
      withGrantable(school(ADMIN), ['STUDENT']),
      list(null, [
        invitation('i1', { link: 'http://school.test/invite/G6eXCurWOPi8psB9K5jsbdQ1', expiresAt }),
      ]),
    ]);
    const [row] = await screen.findAllByTestId('invitation-row');
    expect(within(row!).getByText('G6eXCu…sbdQ1')).toHaveAttribute(
      'title',
      'http://school.test/invite/G6eXCurWOPi8psB9K5jsbdQ1',
    );
    expect(within(row!).getByText('in 7 days')).toBeInTheDocument();
    expect(
      within(row!).getByText(
        new RegExp(new Date(expiresAt).toLocaleDateString().replace(/[/.]/g, '\\$&')),
      ),
    ).toBeInTheDocument();
  });

  it('clears the search with one button and says how many match, in the right number', async () => {
    const { router } = open(
      [
        withGrantable(school(ADMIN), ['STUDENT']),
        list('ada', [invitation('i3')]),
        list(null, [invitation('i1'), invitation('i2')]),
      ],
      '/schools/hillside/settings/invites?q=ada',
    );
    expect(await screen.findByText('1 invitation matches')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText('2 invitations')).toBeInTheDocument();
    expect(screen.getByLabelText(/Search invitations/)).toHaveValue('');
    expect(screen.getByLabelText(/Search invitations/)).toHaveFocus();
  });

  it('creates an invitation and shows its code, link and QR code', async () => {
    const created = invitation('new', {
      code: 'ABCD2345EFG',
      link: 'http://school.test/invite/fresh-token',
      useCount: 0,
      label: 'Parents newsletter',
    });
    const create = {
      request: {
        query: CreateInvitationMutation,
        variables: (variables: any) =>
          variables.input.schoolId === 's1' &&
          variables.input.label === 'Parents newsletter' &&
          variables.input.role === 'STUDENT',
      },
      result: { data: { createInvitation: created } },
    };
    open([
      withGrantable(school(ADMIN), ['ADMIN', 'TEACHER', 'STUDENT']),
      list(null, []),
      create,
      list(null, [created]),
    ]);
    await userEvent.type(
      await screen.findByLabelText('Where will you share it?'),
      'Parents newsletter',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create invitation' }));
    const panel = await screen.findByTestId('created-invitation');
    expect(within(panel).getByTestId('share-code')).toHaveTextContent('ABCD-2345-EFG');
    expect(within(panel).getByTestId('share-link')).toHaveTextContent(
      'http://school.test/invite/fresh-token',
    );
    expect(
      within(panel).getByRole('img', { name: 'QR code of the invitation link' }),
    ).toBeInTheDocument();
    expect(
      within(panel).getByRole('link', { name: 'Print for a classroom wall' }),
    ).toBeInTheDocument();
  });

  it('repeats what was made (role, limit, exact expiry) and resets the form to safe defaults', async () => {
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const created = invitation('new', {
      code: 'ABCD2345EFG',
      role: 'TEACHER',
      maxUses: 25,
      expiresAt,
      useCount: 0,
      label: 'Staff room',
    });
    const create = {
      request: {
        query: CreateInvitationMutation,
        variables: (variables: any) =>
          variables.input.role === 'TEACHER' &&
          variables.input.maxUses === 25 &&
          variables.input.expiresAt !== null,
      },
      result: { data: { createInvitation: created } },
    };
    open([
      withGrantable(school(ADMIN), ['ADMIN', 'TEACHER', 'STUDENT']),
      list(null, []),
      create,
      list(null, [created]),
    ]);
    await userEvent.type(await screen.findByLabelText('Where will you share it?'), 'Staff room');
    await userEvent.click(screen.getByRole('combobox', { name: 'Joins as' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Teacher' }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Stops working after' }));
    await userEvent.click(await screen.findByRole('option', { name: '30 days' }));
    await userEvent.click(screen.getByRole('combobox', { name: 'How many people can join' }));
    await userEvent.click(await screen.findByRole('option', { name: '25 people' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create invitation' }));
    const summary = await screen.findByTestId('created-summary');
    expect(summary).toHaveTextContent(
      /Staff room: joins as teacher · up to 25 people · stops working on/,
    );
    expect(summary).toHaveTextContent(new Date(expiresAt).toLocaleDateString());
    expect(screen.getByLabelText('Where will you share it?')).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Joins as' })).toHaveValue('Student');
    expect(screen.getByRole('combobox', { name: 'Stops working after' })).toHaveValue('7 days');
    expect(screen.getByRole('combobox', { name: 'How many people can join' })).toHaveValue(
      'Unlimited',
    );
  });

  it("shows each invitation's groups and filters by group on the server, in the URL", async () => {
    const { router } = open([
      withGrantable(school(ADMIN), ['STUDENT']),
      list(null, [invitation('i1'), invitation('i2', { groups: [MAPLE] })]),
      list(null, [invitation('i2', { groups: [MAPLE] })], 'g1'),
    ]);
    const rows = await screen.findAllByTestId('invitation-row');
    expect(rows[0]).toHaveTextContent('—');
    expect(rows[1]).toHaveTextContent('Year 7 Maple');
    await userEvent.click(screen.getByRole('combobox', { name: 'Group' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Year 7 Maple' }));
    await waitFor(() => expect(router.state.location.search).toBe('?group=g1'));
    await waitFor(() => expect(screen.getAllByTestId('invitation-row')).toHaveLength(1));
    expect(screen.getByText('1 invitation matches')).toBeInTheDocument();
  });

  it('creates an invitation that joins the groups picked', async () => {
    const created = invitation('new', { useCount: 0, groups: [MAPLE] });
    const create = {
      request: {
        query: CreateInvitationMutation,
        variables: (variables: any) => JSON.stringify(variables.input.groupIds) === '["g1"]',
      },
      result: { data: { createInvitation: created } },
    };
    open([
      withGrantable(school(ADMIN), ['ADMIN', 'TEACHER', 'STUDENT']),
      list(null, []),
      create,
      list(null, [created]),
    ]);
    await userEvent.click(await screen.findByRole('combobox', { name: /Also joins groups/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Year 7 Maple' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create invitation' }));
    expect(await screen.findByTestId('created-summary')).toHaveTextContent(
      /joins as student in Year 7 Maple/,
    );
  });

  it('shows a clear no-access page to someone without the invitation permissions', async () => {
    open([school(['MEMBERS_VIEW'])]);
    expect(
      await screen.findByRole('heading', { name: "You don't have access" }),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('invitation-row')).not.toBeInTheDocument();
  });
});
