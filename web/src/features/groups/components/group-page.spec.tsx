import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  group,
  groupDetails,
  groupInvitations,
  groupMembers,
  invitationRow,
  member,
  memberOptions,
  invitationRules,
} from '../test/fixtures';
import { renderWithProviders, signedIn } from '../../../test/render';
import { ArchiveGroupMutation } from '../api/archive-group';
import { CreateGroupInvitationMutation } from '../api/create-group-invitation';
import { RemoveGroupMembersMutation } from '../api/remove-group-members';
import { GroupSettingsPage, MyClassPage } from './group-page';

const ADMIN = [
  'INVITATIONS_VIEW',
  'INVITATIONS_CREATE',
  'INVITATIONS_REVOKE',
  'MEMBERS_VIEW',
  'GROUPS_MANAGE',
];
const TEACHER = ['MEMBERS_VIEW'];
const school = (role: string, permissions: string[], leadsGroups = false) =>
  signedIn([
    {
      id: 's1',
      name: 'Riverside Primary',
      slug: 'riverside',
      role,
      permissions,
      leadsGroups,
      grantableRoles: role === 'ADMIN' ? ['ADMIN', 'TEACHER', 'STUDENT'] : [],
    },
  ]);

const SKY = member('m-sky', 'Sky Student', 'STUDENT', 'sky@example.org');
const TINA = member('m-tina', 'Tina Teacher', 'TEACHER', 'tina@example.org');

const settings = (mocks: any[]) =>
  renderWithProviders(<GroupSettingsPage />, {
    mocks,
    path: '/schools/:slug/settings/groups/:groupId',
    route: '/schools/riverside/settings/groups/g1',
  });
const myClass = (mocks: any[]) =>
  renderWithProviders(<MyClassPage />, {
    mocks,
    path: '/schools/:slug/my-classes/:groupId',
    route: '/schools/riverside/my-classes/g1',
  });

describe('a group page', () => {
  it('shows a teacher who does not lead the group its members, and nothing to change', async () => {
    settings([
      school('TEACHER', TEACHER),
      groupDetails(group({ viewerCanManage: false })),
      groupMembers([SKY, TINA]),
    ]);
    expect(await screen.findByRole('heading', { name: 'Year 7 Maple' })).toBeInTheDocument();
    expect(await screen.findAllByTestId('member-row')).toHaveLength(2);
    expect(screen.getByTestId('group-leaders')).toHaveTextContent('Tom Teacher');
    for (const name of [
      /Remove/,
      /Archive group/,
      /Change leaders/,
      /New invitation/,
      /Add to group/,
    ])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Add (members|students)/)).not.toBeInTheDocument();
    // Neither INVITATIONS_VIEW nor leading it: the group's invitations are not asked for.
    expect(screen.queryByRole('heading', { name: 'Invitations' })).not.toBeInTheDocument();
  });

  it("lets the group's leader remove students only, and shows the server's refusal as it says it", async () => {
    const refused = {
      request: {
        query: RemoveGroupMembersMutation,
        variables: { groupId: 'g1', membershipIds: ['m-sky'] },
      },
      result: {
        errors: [
          {
            message: 'This group is archived; its members can no longer change.',
            extensions: { code: 'CONFLICT' },
          },
        ],
      },
    };
    myClass([
      school('TEACHER', TEACHER, true),
      groupDetails(group()),
      groupMembers([SKY, TINA]),
      groupInvitations([]),
      memberOptions([SKY, TINA]),
      refused,
    ]);
    const rows = await screen.findAllByTestId('member-row');
    expect(within(rows[1]!).queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Add students' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archive group' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change leaders' })).not.toBeInTheDocument();
    await userEvent.click(
      within(rows[0]!).getByRole('button', { name: 'Remove Sky Student from the group' }),
    );
    expect(
      await screen.findByText('This group is archived; its members can no longer change.'),
    ).toBeInTheDocument();
  });

  it("the leader's new invitation for the group is for students, into this group", async () => {
    const created = invitationRow('new', { code: 'ABCD2345EFG', useCount: 0, label: null });
    const create = {
      request: {
        query: CreateGroupInvitationMutation,
        variables: (variables: any) =>
          variables.input.schoolId === 's1' &&
          variables.input.role === 'STUDENT' &&
          JSON.stringify(variables.input.groupIds) === '["g1"]',
      },
      result: { data: { createInvitation: created } },
    };
    myClass([
      school('TEACHER', TEACHER, true),
      groupDetails(group()),
      groupMembers([SKY]),
      groupInvitations([]),
      memberOptions([SKY]),
      invitationRules(),
      create,
      groupInvitations([created]),
    ]);
    await userEvent.click(
      await screen.findByRole('button', { name: 'New invitation for this group' }),
    );
    // One role to give: it is said, not offered as a choice.
    const role = await screen.findByRole('textbox', { name: 'Joins as' });
    expect(role).toHaveValue('Student');
    expect(role).toHaveAttribute('readonly');
    expect(screen.queryByLabelText(/groups/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Create invitation' }));
    const panel = await screen.findByTestId('created-invitation');
    expect(within(panel).getByTestId('share-code')).toHaveTextContent('ABCD-2345-EFG');
    expect(within(panel).getByTestId('created-summary')).toHaveTextContent(
      /Joins as student in Year 7 Maple/,
    );
    // The poster is in School settings → Invites, which a leader cannot open.
    expect(within(panel).queryByRole('link', { name: /Print/ })).not.toBeInTheDocument();
    expect(await screen.findByTestId('invitation-row')).toBeInTheDocument();
  });

  it('archives after saying members stay in the school and its invitations are revoked', async () => {
    const archive = {
      request: { query: ArchiveGroupMutation, variables: { id: 'g1' } },
      result: {
        data: {
          archiveGroup: {
            __typename: 'Group',
            id: 'g1',
            archivedAt: new Date().toISOString(),
            viewerCanManage: false,
          },
        },
      },
    };
    settings([
      school('ADMIN', ADMIN),
      groupDetails(group()),
      groupMembers([SKY, TINA]),
      { ...groupInvitations([invitationRow('i1')]), maxUsageCount: 2 },
      memberOptions([SKY]),
      archive,
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Archive group' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive Year 7 Maple?' });
    expect(dialog).toHaveTextContent(/2 members stay in the school/);
    expect(dialog).toHaveTextContent(/Every invitation into it is revoked at once/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Archive group' }));
    expect(await screen.findByText('This group is archived')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Archive group' })).not.toBeInTheDocument(),
    );
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
  });
});
