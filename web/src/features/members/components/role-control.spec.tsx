import { render, screen, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { roleChoices, RoleControl } from './role-control';

const admin = {
  viewerPermissions: ['MEMBERS_VIEW', 'MEMBERS_MANAGE'] as const,
  viewerGrantableRoles: ['ADMIN', 'TEACHER', 'STUDENT'] as const,
};
const member = (role: 'OWNER' | 'ADMIN' | 'TEACHER' | 'STUDENT', id = 'u2') => ({
  role,
  user: { id },
});

describe('the role control', () => {
  it('offers the roles the server lets the viewer give, never OWNER', () => {
    expect(roleChoices(admin, member('TEACHER'), 'u1')).toEqual(['ADMIN', 'TEACHER', 'STUDENT']);
    expect(roleChoices(admin, member('STUDENT'), 'u1')).toEqual(['ADMIN', 'TEACHER', 'STUDENT']);
  });

  it("is not offered for the owner, the viewer's own role, or a role above the viewer's", () => {
    expect(roleChoices(admin, member('OWNER'), 'u1')).toBeNull();
    expect(roleChoices(admin, member('TEACHER', 'u1'), 'u1')).toBeNull();
    const teacherGiver = { ...admin, viewerGrantableRoles: ['TEACHER', 'STUDENT'] as const };
    expect(roleChoices(teacherGiver, member('ADMIN'), 'u1')).toBeNull();
    expect(roleChoices(teacherGiver, member('STUDENT'), 'u1')).toEqual(['TEACHER', 'STUDENT']);
  });

  it('is not offered without MEMBERS_MANAGE', () => {
    const viewer = { viewerPermissions: ['MEMBERS_VIEW'] as const, viewerGrantableRoles: [] };
    expect(roleChoices(viewer, member('STUDENT'), 'u1')).toBeNull();
  });

  it('shows a labelled select with exactly those roles, or the role as text', () => {
    const { rerender } = render(
      <MantineProvider env="test">
        <RoleControl
          name="Tess Teacher"
          role="TEACHER"
          choices={['ADMIN', 'TEACHER', 'STUDENT']}
          onChange={() => undefined}
        />
      </MantineProvider>,
    );
    const select = screen.getByRole('combobox', { name: 'Role of Tess Teacher' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Admin', 'Teacher', 'Student']);
    rerender(
      <MantineProvider env="test">
        <RoleControl name="Olive Owner" role="OWNER" choices={null} onChange={() => undefined} />
      </MantineProvider>,
    );
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.getByText('owner')).toBeInTheDocument();
  });
});
