import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, signedIn } from '../../../test/render';
import { BatchGroupsQuery } from '../api/batch-groups';
import { CreateInvitationBatchMutation } from '../api/create-invitation-batch';
import { InvitationBatchPage } from './invitation-batch-page';

const ADMIN = ['INVITATIONS_VIEW', 'INVITATIONS_CREATE', 'INVITATIONS_REVOKE', 'MEMBERS_VIEW'];
const NAMES = ['Year 7 Blue', 'Year 7 Red', 'Year 8 Blue', 'Year 8 Red', 'Year 9 Blue', 'Choir'];

const admin = () =>
  signedIn([
    {
      id: 's1',
      name: 'Hillside',
      slug: 'hillside',
      role: 'ADMIN',
      permissions: ADMIN,
      grantableRoles: ['ADMIN', 'TEACHER', 'STUDENT'],
    },
  ]);

function groups(names: string[], ledByViewer = false) {
  return {
    request: { query: BatchGroupsQuery, variables: { schoolId: 's1', search: null, ledByViewer } },
    result: {
      data: {
        school: {
          __typename: 'School',
          id: 's1',
          groups: {
            __typename: 'GroupConnection',
            totalCount: names.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: names.map((name, i) => ({
              __typename: 'GroupEdge',
              node: {
                __typename: 'Group',
                id: `g${i + 1}`,
                name,
                kind: name === 'Choir' ? 'CLUB' : 'CLASS',
                memberCount: 20 + i,
                capacity: name === 'Choir' ? null : 30,
              },
            })),
          },
        },
      },
    },
  };
}

function created(check: (input: any) => boolean, count: number) {
  return {
    request: {
      query: CreateInvitationBatchMutation,
      variables: (variables: any) => check(variables.input),
    },
    result: {
      data: {
        createInvitationBatch: Array.from({ length: count }, (_, i) => ({
          __typename: 'Invitation',
          id: `i${i}`,
          batchId: 'b1',
        })),
      },
    },
  };
}

const open = (mocks: any[], route = '/schools/hillside/settings/invites/batch') =>
  renderWithProviders(<InvitationBatchPage />, {
    mocks,
    path: '/schools/:slug/settings/invites/batch',
    route,
  });

const total = () => screen.getByTestId('batch-total');
// The first answer may take a while on a busy machine; each step after it is quick.
const slow = { timeout: 5000 };

async function chooseSlips(perGroup?: string) {
  await userEvent.click(screen.getByRole('radio', { name: 'A slip per student' }));
  if (!perGroup) return;
  const input = screen.getByLabelText('Slips per class');
  await userEvent.clear(input);
  await userEvent.type(input, perGroup);
}

describe('Invite every class', () => {
  jest.setTimeout(20_000);

  it('adds up the invitations as classes are chosen, and refuses more than 500 before sending', async () => {
    const { router } = open([admin(), groups(NAMES)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Select all 6' }, slow));
    expect(screen.getByTestId('groups-selected')).toHaveTextContent('6 selected');
    expect(total()).toHaveTextContent('6 classes: 6 invitations, a poster each.');

    await chooseSlips();
    expect(total()).toHaveTextContent('6 classes × 30 slips = 180 invitations.');

    await chooseSlips('90');
    expect(total()).toHaveTextContent(
      '6 classes × 90 slips = 540 invitations. At most 500 can be made at once.',
    );
    // No mock answers the mutation: were it sent, the page would say the server failed instead.
    await userEvent.click(screen.getByRole('button', { name: 'Create 540 slips' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That makes 540 invitations; at most 500 can be made at once.',
    );
    expect(router.state.location.pathname).toBe('/schools/hillside/settings/invites/batch');

    await userEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(total()).toHaveTextContent('No class chosen yet.');
  });

  it('makes slips single-use: no usage limit to choose, maxUses 1, then opens the slips sheet', async () => {
    const batch = created(
      (input) =>
        input.schoolId === 's1' &&
        JSON.stringify(input.groupIds) === JSON.stringify(['g1', 'g3']) &&
        input.perGroup === 3 &&
        input.maxUses === 1 &&
        input.role === 'STUDENT' &&
        input.label === 'Autumn term',
      6,
    );
    const { router } = open([admin(), groups(NAMES), batch]);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Year 7 Blue' }, slow));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Year 8 Blue' }));
    expect(screen.getByRole('combobox', { name: 'People per poster' })).toBeInTheDocument();

    await chooseSlips('3');
    expect(screen.queryByRole('combobox', { name: 'People per poster' })).not.toBeInTheDocument();
    expect(screen.getByTestId('single-use')).toHaveTextContent('Every slip works once');
    expect(total()).toHaveTextContent('2 classes × 3 slips = 6 invitations.');
    await userEvent.type(screen.getByLabelText('Label'), 'Autumn term');
    await userEvent.click(screen.getByRole('button', { name: 'Create 6 slips' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(
        '/schools/hillside/settings/invites/batch/b1/print',
      ),
    );
    expect(router.state.location.search).toBe('?layout=slips');
  });

  it('makes one poster per class with the chosen usage limit', async () => {
    const batch = created(
      (input) => input.perGroup === 1 && input.maxUses === 30 && input.groupIds.length === 6,
      6,
    );
    const { router } = open([admin(), groups(NAMES), batch]);
    await userEvent.click(await screen.findByRole('button', { name: 'Select all 6' }, slow));
    await userEvent.click(screen.getByRole('combobox', { name: 'People per poster' }));
    await userEvent.click(await screen.findByRole('option', { name: '30 people' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create 6 posters' }));
    await waitFor(() => expect(router.state.location.search).toBe('?layout=posters'));
  });

  it('starts with the classes named in the link ticked', async () => {
    open([admin(), groups(NAMES)], '/schools/hillside/settings/invites/batch?group=g2&group=g6');
    expect(await screen.findByRole('checkbox', { name: 'Year 7 Red' }, slow)).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Choir' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Year 7 Blue' })).not.toBeChecked();
    expect(total()).toHaveTextContent('2 classes: 2 invitations, a poster each.');
  });

  it("lets a teacher invite students into the classes they lead, and nobody else's", async () => {
    const teacher = signedIn([
      {
        id: 's1',
        name: 'Hillside',
        slug: 'hillside',
        role: 'TEACHER',
        permissions: ['MEMBERS_VIEW'],
        leadsGroups: true,
      },
    ]);
    const batch = created((input) => input.role === 'STUDENT' && input.perGroup === 1, 1);
    const { router } = open([teacher, groups(['Year 7 Blue'], true), batch]);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Year 7 Blue' }, slow));
    expect(screen.queryByRole('combobox', { name: 'Joins as' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Create 1 poster' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(
        '/schools/hillside/settings/invites/batch/b1/print',
      ),
    );
  });

  it('shows the no-access page to a member who may not invite and leads no class', async () => {
    open([
      signedIn([
        { id: 's1', name: 'Hillside', slug: 'hillside', role: 'TEACHER', permissions: [] },
      ]),
    ]);
    expect(
      await screen.findByRole('heading', { name: "You don't have access" }),
    ).toBeInTheDocument();
  });
});
