import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { InvitationJoinersQuery } from '../api/invitation-joiners';
import { RemoveMembersMutation } from '../../../components/members/use-remove-members';
import { LeakReview, selectable, type Joiner } from './leak-review';

const joiner = (n: number, name: string, still: boolean) => ({
  __typename: 'Redemption',
  id: `r${n}`,
  redeemedAt: new Date(Date.now() - n * 60_000).toISOString(),
  user: {
    __typename: 'User',
    id: `u${n}`,
    name,
    email: `${name.split(' ')[0]!.toLowerCase()}@example.org`,
  },
  membership: still ? { __typename: 'Membership', id: `m${n}`, role: 'STUDENT' } : null,
});

function page(nodes: ReturnType<typeof joiner>[], after: string | null, next: string | null) {
  return {
    request: { query: InvitationJoinersQuery, variables: { id: 'i1', after } },
    result: {
      data: {
        invitation: {
          __typename: 'Invitation',
          id: 'i1',
          redemptions: {
            __typename: 'RedemptionConnection',
            totalCount: 3,
            pageInfo: { __typename: 'PageInfo', hasNextPage: Boolean(next), endCursor: next },
            edges: nodes.map((node) => ({ __typename: 'RedemptionEdge', node })),
          },
        },
      },
    },
  };
}

const ANN = joiner(1, 'Ann Smith', true);
const BO = joiner(2, 'Bo Lee', true);
const CY = joiner(3, 'Cy Gone', false);

describe('reviewing who joined through a leaked invitation', () => {
  it('only those still members can be selected', () => {
    expect(selectable([ANN, BO, CY] as Joiner[]).map((each) => each.id)).toEqual(['r1', 'r2']);
  });

  it('pages through everyone, selects those still members, and removes them with a block', async () => {
    const remove = {
      request: {
        query: RemoveMembersMutation,
        variables: { schoolId: 's1', membershipIds: ['m1', 'm2'], block: true, reason: 'Leaked' },
      },
      result: {
        data: { removeMembers: { __typename: 'RemoveMembersResult', removed: 2, blocked: 2 } },
      },
    };
    renderWithProviders(<LeakReview invitationId="i1" schoolId="s1" />, {
      mocks: [
        page([ANN, BO], null, 'c2'),
        page([CY], 'c2', null),
        remove,
        page(
          [
            { ...ANN, membership: null },
            { ...BO, membership: null },
          ],
          null,
          'c2',
        ),
        page([CY], 'c2', null),
      ],
    });
    const rows = await screen.findAllByTestId('joiner-row');
    await screen.findByText('Cy Gone');
    expect(screen.getAllByTestId('joiner-row')).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('still a member (student)');
    expect(screen.getByRole('checkbox', { name: 'Cy Gone' })).toBeDisabled();
    expect(
      screen.getByText(/3 people joined through it; 2 are still members\./),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select everyone still a member (2)' }),
    );
    expect(screen.getByRole('checkbox', { name: 'Ann Smith' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Bo Lee' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Cy Gone' })).not.toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Bo Lee' }));
    expect(screen.getByRole('button', { name: 'Remove 1 person…' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Bo Lee' }));

    await userEvent.click(screen.getByRole('button', { name: 'Remove 2 people…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove 2 members?' });
    expect(dialog).toHaveTextContent(
      'Ann Smith and Bo Lee will be removed from the school and its groups. Their past joins stay in the history.',
    );
    await userEvent.click(within(dialog).getByLabelText('Also block them all'));
    await userEvent.type(within(dialog).getByLabelText('Reason (optional)'), 'Leaked');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Remove and block 2 people' }),
    );
    expect(await screen.findByTestId('leak-notice')).toHaveTextContent(
      'Removed 2 people and blocked them.',
    );
    expect(
      await screen.findByText('3 people joined through it; 0 are still members.'),
    ).toBeInTheDocument();
  });
});
