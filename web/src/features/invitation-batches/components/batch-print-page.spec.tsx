import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createApolloClient } from '../../../lib/apollo';
import { signedIn } from '../../../test/render';
import { InvitationBatchQuery } from '../api/invitation-batch';
import { BatchPrintPage } from './batch-print-page';

const ADMIN = ['INVITATIONS_VIEW', 'INVITATIONS_CREATE', 'INVITATIONS_REVOKE', 'MEMBERS_VIEW'];
const slow = { timeout: 5000 };

const node = (n: number, group: string, maxUses: number | null = 1) => ({
  __typename: 'Invitation',
  id: `i${n}`,
  code: `ABCD2345${String(n).padStart(3, '2')}`,
  link: `http://school.test/invite/token-${n}`,
  label: 'Autumn term',
  expiresAt: null,
  maxUses,
  groups: [{ __typename: 'Group', id: `g-${group}`, name: group }],
});

function page(nodes: ReturnType<typeof node>[], after: string | null, next: string | null) {
  return {
    request: {
      query: InvitationBatchQuery,
      variables: { schoolId: 's1', batchId: 'b1', ...(after ? { after } : {}) },
    },
    result: {
      data: {
        school: {
          __typename: 'School',
          id: 's1',
          name: 'Hillside',
          invitations: {
            __typename: 'InvitationConnection',
            totalCount: 9,
            pageInfo: { __typename: 'PageInfo', hasNextPage: Boolean(next), endCursor: next },
            edges: nodes.map((each) => ({ __typename: 'InvitationEdge', node: each })),
          },
        },
      },
    },
  };
}

const nine = ['Year 8', 'Year 7', 'Year 9'].flatMap((group, g) =>
  [1, 2, 3].map((k) => node(g * 3 + k, group)),
);

/** With the app's own cache, whose field policies append each next page to the ones before. */
function open(mocks: any[], search = '?layout=slips') {
  const router = createMemoryRouter(
    [{ path: '/schools/:slug/settings/invites/batch/:batchId/print', element: <BatchPrintPage /> }],
    { initialEntries: [`/schools/hillside/settings/invites/batch/b1/print${search}`] },
  );
  render(
    <MockedProvider mocks={mocks} cache={createApolloClient().cache}>
      <MantineProvider env="test">
        <RouterProvider router={router} />
      </MantineProvider>
    </MockedProvider>,
  );
  return { router };
}

const admin = () =>
  signedIn([{ id: 's1', name: 'Hillside', slug: 'hillside', role: 'ADMIN', permissions: ADMIN }]);

describe('print sheet page', () => {
  jest.setTimeout(20_000);

  it('asks for every page of the batch, then shows 9 slips on 2 pages; Posters shows 9 pages', async () => {
    const { router } = open([
      admin(),
      page(nine.slice(0, 5), null, 'cursor-5'),
      page(nine.slice(5), 'cursor-5', null),
    ]);
    await waitFor(() => expect(screen.getAllByTestId('slip')).toHaveLength(9), slow);
    expect(screen.getAllByTestId('sheet-page')).toHaveLength(2);
    expect(screen.getByTestId('sheet-summary')).toHaveTextContent(
      '9 invitations for 3 classes · 2 A4 pages',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Print invitations: Autumn term',
    );
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/invitations.csv?schoolId=s1&batchId=b1',
    );
    const groups = screen.getAllByTestId('slip-groups').map((el) => el.textContent);
    expect(groups.slice(0, 3)).toEqual(['Year 7', 'Year 7', 'Year 7']);

    await userEvent.click(screen.getByRole('radio', { name: 'Posters' }));
    await waitFor(() => expect(screen.getAllByTestId('poster')).toHaveLength(9));
    expect(router.state.location.search).toBe('?layout=posters');
    expect(
      within(screen.getAllByTestId('poster')[0]!).getByTestId('poster-code'),
    ).toHaveTextContent(/^ABCD-2345-\w{3}$/);
  });

  it('prints posters when the link names no layout and the invitations are for many people', async () => {
    open([admin(), page([node(1, 'Year 7', null), node(2, 'Year 8', null)], null, null)], '');
    await waitFor(() => expect(screen.getAllByTestId('poster')).toHaveLength(2), slow);
    expect(screen.getByRole('radio', { name: 'Posters' })).toBeChecked();
  });

  it('says there is nothing to print when no invitation of the batch still works', async () => {
    open([admin(), page([], null, null)]);
    expect(await screen.findByText('Nothing to print', {}, slow)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Print' })).not.toBeInTheDocument();
  });
});
