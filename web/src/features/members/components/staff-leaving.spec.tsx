import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../../../test/render';
import { MemberInvitationsQuery } from '../api/member-invitations';
import { StaffMembersQuery } from '../api/staff-members';
import { KEEP_EVERYTHING, StaffLeaving, type LeavingChoice } from './staff-leaving';

const TESS = {
  id: 'm2',
  role: 'TEACHER' as const,
  user: { id: 'u2', name: 'Tess Teacher' },
  ledGroups: [{ id: 'g1', name: 'Year 7 Maple', leaderMembershipIds: ['m2', 'm4'] }],
};
const member = (id: string, name: string, role: string) => ({
  __typename: 'Membership',
  id,
  role,
  user: { __typename: 'User', id: `u-${id}`, name },
});
const invitation = (id: string, label: string) => ({
  __typename: 'InvitationEdge',
  node: { __typename: 'Invitation', id, code: 'K7QMX3TR9BW', label, role: 'STUDENT', useCount: 3 },
});

const mocks = [
  {
    request: { query: MemberInvitationsQuery, variables: { schoolId: 's1', userId: 'u2' } },
    result: {
      data: {
        school: {
          __typename: 'School',
          id: 's1',
          invitations: {
            __typename: 'InvitationConnection',
            totalCount: 2,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: [invitation('i1', 'Maple parents'), invitation('i2', 'Maple first day')],
          },
        },
      },
    },
  },
  {
    request: { query: StaffMembersQuery, variables: { schoolId: 's1' } },
    result: {
      data: {
        school: {
          __typename: 'School',
          id: 's1',
          members: {
            __typename: 'MembershipConnection',
            edges: [
              { __typename: 'MembershipEdge', node: member('m1', 'Olive Owner', 'OWNER') },
              { __typename: 'MembershipEdge', node: member('m2', 'Tess Teacher', 'TEACHER') },
              { __typename: 'MembershipEdge', node: member('m3', 'Bo Teacher', 'TEACHER') },
              { __typename: 'MembershipEdge', node: member('m4', 'Co Leader', 'TEACHER') },
            ],
          },
        },
      },
    },
  },
];

function Harness() {
  const [choice, setChoice] = useState<LeavingChoice>(KEEP_EVERYTHING);
  return (
    <>
      <output data-testid="choice">{JSON.stringify(choice)}</output>
      <StaffLeaving
        schoolId="s1"
        departing={[TESS]}
        choice={choice}
        onChoice={setChoice}
        canHandOver
      />
    </>
  );
}

describe('what leaving staff leave behind', () => {
  it('lists their groups and live invitations first, and records the choices', async () => {
    renderWithProviders(<Harness />, { mocks });
    expect(await screen.findByText('Tess Teacher created 2 live invitations:')).toBeInTheDocument();
    expect(screen.getByText(/Maple parents/)).toBeInTheDocument();
    expect(screen.getByText(/1 group they lead/)).toBeInTheDocument();

    const takeOver = await screen.findByRole('combobox', { name: 'Who takes over Year 7 Maple?' });
    await screen.findByRole('option', { name: 'Bo Teacher (teacher)' });
    // Neither the one leaving nor someone already leading it is offered.
    expect(screen.queryByRole('option', { name: /Tess Teacher/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Co Leader/ })).not.toBeInTheDocument();
    expect(
      screen.getByRole('option', { name: 'Nobody new: leave it without them' }),
    ).toBeInTheDocument();
    await userEvent.selectOptions(takeOver, 'm3');

    const keep = screen.getByRole('radio', { name: /Keep them working/ });
    expect(keep).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: /Revoke them now/ }));
    expect(JSON.parse(screen.getByTestId('choice').textContent!)).toEqual({
      revokeInvitations: true,
      handOver: { g1: 'm3' },
    });
  });

  it('shows nothing for a student who leads nothing', () => {
    const { container } = renderWithProviders(
      <StaffLeaving
        schoolId="s1"
        departing={[{ id: 'm9', role: 'STUDENT', user: { id: 'u9', name: 'Sam' }, ledGroups: [] }]}
        choice={KEEP_EVERYTHING}
        onChoice={() => undefined}
        canHandOver
      />,
      { mocks: [] },
    );
    expect(container.querySelector('[data-testid="staff-leaving"]')).toBeNull();
  });
});
