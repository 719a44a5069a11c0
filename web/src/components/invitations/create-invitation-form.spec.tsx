import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../test/render';
import { CreateInvitationForm } from './create-invitation-form';
import { expiryOptions, lastAllowedDate, type InvitationRules } from './invitation-rules';

const school = {
  __typename: 'School' as const,
  id: 's1',
  name: 'Hillside',
  slug: 'hillside',
  viewerRole: 'OWNER' as const,
  viewerPermissions: ['INVITATIONS_CREATE', 'INVITATIONS_VIEW'] as any,
  viewerGrantableRoles: ['ADMIN', 'TEACHER', 'STUDENT'] as any,
  viewerLeadsGroups: false,
};

const RULES: InvitationRules = {
  allowedEmailDomains: ['hillside.sch.uk'],
  maxExpiryDays: 14,
  staffInvitationsMustBeLimited: true,
};

function show(rules: InvitationRules | null, create = jest.fn(async () => null)) {
  renderWithProviders(<CreateInvitationForm school={school} rules={rules} create={create} />, {
    mocks: [],
  });
  return create;
}

describe('the policy, in the create-invitation form', () => {
  it('offers only expiries within the cap, and never "Never"', () => {
    expect(expiryOptions(RULES, 'STUDENT').map((o) => o.value)).toEqual(['1', '7', '14', 'date']);
    expect(expiryOptions(null, 'STUDENT').map((o) => o.value)).toEqual([
      '1',
      '7',
      '30',
      'date',
      'never',
    ]);
    const staffOnly = { ...RULES, maxExpiryDays: null };
    expect(expiryOptions(staffOnly, 'TEACHER').map((o) => o.value)).not.toContain('never');
    expect(expiryOptions(staffOnly, 'STUDENT').map((o) => o.value)).toContain('never');
  });

  it('the last day a date may be keeps its end of day within the cap', () => {
    const noon = new Date(2030, 0, 1, 12).getTime();
    expect(lastAllowedDate({ ...RULES, maxExpiryDays: 7 }, noon)).toBe('2030-01-07');
    expect(lastAllowedDate({ ...RULES, maxExpiryDays: null }, noon)).toBeUndefined();
  });

  it("states the school's rules before anyone submits", async () => {
    show(RULES);
    const rules = screen.getByTestId('invitation-rules');
    expect(within(rules).getByText(/within 14 days/)).toBeInTheDocument();
    expect(within(rules).getByText(/teachers and admins need an end date/)).toBeInTheDocument();
    expect(within(rules).getByText(/hillside.sch.uk/)).toBeInTheDocument();
    expect(await screen.findByPlaceholderText('All the school allows')).toBeInTheDocument();
  });

  it('a staff invitation without a limit: said beside the field, nothing sent', async () => {
    const create = show(RULES);
    await userEvent.click(screen.getByRole('combobox', { name: 'Joins as' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Teacher' }));
    expect(
      await screen.findByText(/teachers and admins need a limit on people/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Create invitation' }));
    expect(create).not.toHaveBeenCalled();
  });

  it("shows the server's field error beside the field it names", async () => {
    const create = show(
      null,
      jest.fn(async () => {
        throw {
          errors: [
            {
              message: "expiresAt: this school's invitations must expire within 3 days",
              extensions: { code: 'BAD_USER_INPUT', field: 'expiresAt' },
            },
          ],
        };
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create invitation' }));
    expect(create).toHaveBeenCalled();
    expect(
      await screen.findByText("This school's invitations must expire within 3 days"),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Stops working after' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('sends the narrowed domains only when some were chosen', async () => {
    const create = show(RULES);
    await userEvent.click(screen.getByRole('button', { name: 'Create invitation' }));
    expect(create).toHaveBeenLastCalledWith(
      expect.not.objectContaining({ allowedEmailDomains: expect.anything() }),
    );
    await userEvent.type(
      await screen.findByPlaceholderText('All the school allows'),
      'pupils.hillside.sch.uk{enter}',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create invitation' }));
    expect(create).toHaveBeenLastCalledWith(
      expect.objectContaining({ allowedEmailDomains: ['pupils.hillside.sch.uk'] }),
    );
  });
});
