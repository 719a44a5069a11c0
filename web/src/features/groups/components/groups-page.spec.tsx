import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { group, member, memberOptions, schoolGroups } from '../test/fixtures';
import { renderWithProviders, signedIn } from '../../../test/render';
import { CreateGroupMutation } from '../api/create-group';
import { GroupsPage } from './groups-page';

const ADMIN = [
  'INVITATIONS_VIEW',
  'INVITATIONS_CREATE',
  'INVITATIONS_REVOKE',
  'MEMBERS_VIEW',
  'GROUPS_MANAGE',
];
const school = (role: string, permissions: string[]) =>
  signedIn([{ id: 's1', name: 'Riverside Primary', slug: 'riverside', role, permissions }]);

const MAPLE = group();
const OAK = group({
  id: 'g3',
  name: 'Year 8 Oak',
  memberCount: 30,
  capacity: 30,
  leaders: [],
  viewerCanManage: true,
});
const OLD = group({ id: 'g4', name: 'Year 6 Ash', archivedAt: new Date().toISOString() });
const live = (rows: ReturnType<typeof group>[], search: string | null = null) =>
  schoolGroups(rows, { search, includeArchived: false });

const open = (mocks: any[], route = '/schools/riverside/settings/groups') =>
  renderWithProviders(<GroupsPage />, { mocks, path: '/schools/:slug/settings/groups', route });

describe('School settings → Groups', () => {
  it('lists each group with its kind, members of its places, leaders and status', async () => {
    open([school('ADMIN', ADMIN), live([MAPLE, OAK]), memberOptions([])]);
    const rows = await screen.findAllByTestId('group-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link', { name: 'Year 7 Maple' })).toHaveAttribute(
      'href',
      '/schools/riverside/settings/groups/g1',
    );
    expect(rows[0]).toHaveTextContent(/Class.*2 \/ 30.*Tom Teacher.*Active/);
    expect(rows[1]).toHaveTextContent(/30 \/ 30.*Full.*No leader yet/);
    expect(screen.getByRole('heading', { name: 'Create a group' })).toBeInTheDocument();
  });

  it('searches on the server and shows archived groups on request, in the URL', async () => {
    const { router } = open([
      school('ADMIN', ADMIN),
      live([MAPLE, OAK]),
      live([MAPLE], 'maple'),
      schoolGroups([MAPLE, OLD], { search: null, includeArchived: true }),
      memberOptions([]),
    ]);
    await screen.findAllByTestId('group-row');
    await userEvent.type(screen.getByLabelText(/Search groups/), 'maple');
    await waitFor(() => expect(router.state.location.search).toBe('?q=maple'));
    await waitFor(() => expect(screen.getAllByTestId('group-row')).toHaveLength(1));
    expect(screen.getByText('1 group matches')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    await waitFor(() => expect(router.state.location.search).toBe('?archived=1'));
    const archived = await screen.findByText('Year 6 Ash');
    expect(archived.closest('[data-testid="group-row"]')).toHaveTextContent('Archived');
  });

  it('creates a group whose leaders are picked from the staff only', async () => {
    const created = group({ id: 'g9', name: 'Year 9 Elm', memberCount: 0, leaders: [] });
    const create = {
      request: {
        query: CreateGroupMutation,
        variables: {
          input: {
            schoolId: 's1',
            name: 'Year 9 Elm',
            kind: 'CLASS',
            description: null,
            capacity: 28,
            leaderIds: ['m-tina'],
          },
        },
      },
      result: {
        data: { createGroup: { ...created, description: undefined, createdAt: undefined } },
      },
    };
    open([
      school('ADMIN', ADMIN),
      live([]),
      memberOptions([
        member('m-tina', 'Tina Teacher', 'TEACHER'),
        member('m-sky', 'Sky Student', 'STUDENT'),
      ]),
      create,
      live([created]),
    ]);
    await userEvent.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Year 9 Elm');
    await userEvent.type(screen.getByRole('textbox', { name: /Places/ }), '28');
    await userEvent.click(screen.getByRole('combobox', { name: /Leaders/ }));
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Tina Teacher (teacher)']);
    await userEvent.click(options[0]!);
    await userEvent.click(screen.getByRole('button', { name: 'Create group' }));
    const panel = await screen.findByTestId('created-group');
    expect(within(panel).getByRole('link', { name: 'Open Year 9 Elm' })).toHaveAttribute(
      'href',
      '/schools/riverside/settings/groups/g9',
    );
  });

  it('shows a teacher the groups without the form to make one', async () => {
    open([school('TEACHER', ['MEMBERS_VIEW']), live([MAPLE])]);
    expect(await screen.findByTestId('group-row')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Create a group' })).not.toBeInTheDocument();
  });

  it('is refused to a student', async () => {
    open([school('STUDENT', [])]);
    expect(
      await screen.findByRole('heading', { name: "You don't have access" }),
    ).toBeInTheDocument();
  });
});
