import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { group, invitationRules, schoolGroups } from '../test/fixtures';
import { renderWithProviders, signedIn } from '../../../test/render';
import { MyClassesPage } from './my-classes-page';

const teacher = (leadsGroups: boolean) =>
  signedIn([
    {
      id: 's1',
      name: 'Riverside Primary',
      slug: 'riverside',
      role: 'TEACHER',
      permissions: ['MEMBERS_VIEW'],
      leadsGroups,
    },
  ]);

const MAPLE = group();
const CHESS = group({ id: 'g2', name: 'Chess club', kind: 'CLUB', capacity: null });

const open = (mocks: any[]) =>
  renderWithProviders(<MyClassesPage />, {
    mocks,
    path: '/schools/:slug/my-classes',
    route: '/schools/riverside/my-classes',
  });

describe('My classes', () => {
  it('lists only the groups the teacher leads, each opening its own page', async () => {
    // Only the ledByViewer list is mocked: asking for the school's every group would find no answer.
    open([
      teacher(true),
      schoolGroups([CHESS, MAPLE], { ledByViewer: true, search: null, includeArchived: false }),
      invitationRules(),
    ]);
    const cards = await screen.findAllByTestId('class-card');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Chess club',
      'Year 7 Maple',
    ]);
    expect(within(cards[1]!).getByRole('link', { name: 'Year 7 Maple' })).toHaveAttribute(
      'href',
      '/schools/riverside/my-classes/g1',
    );
    expect(within(cards[1]!).getByText('2 / 30')).toBeInTheDocument();
  });

  it("the leader's create form offers only their groups, and students only", async () => {
    open([
      teacher(true),
      schoolGroups([CHESS, MAPLE], { ledByViewer: true, search: null, includeArchived: false }),
      invitationRules(),
    ]);
    const role = await screen.findByRole('textbox', { name: 'Joins as' });
    expect(role).toHaveValue('Student');
    expect(role).toHaveAttribute('readonly');
    expect(screen.queryByRole('combobox', { name: 'Joins as' })).not.toBeInTheDocument();

    await userEvent.click(await screen.findByRole('combobox', { name: /Joins your groups/ }));
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Chess club', 'Year 7 Maple']);

    // A leader's invitation must join at least one of their groups; the form says so first.
    await userEvent.keyboard('{Escape}');
    await userEvent.click(screen.getByRole('button', { name: 'Create invitation' }));
    expect(
      await screen.findByText('Choose at least one of your groups for the invitation to join.'),
    ).toBeInTheDocument();
  });

  it('with one class, the invitation joins it unless changed', async () => {
    open([
      teacher(true),
      schoolGroups([MAPLE], { ledByViewer: true, search: null, includeArchived: false }),
      invitationRules(),
    ]);
    const picker = await screen.findByRole('combobox', { name: /Joins your groups/ });
    expect(picker.closest('.mantine-MultiSelect-root')).toHaveTextContent('Year 7 Maple');
  });

  it("the leader's form follows the school's rules before anything is sent", async () => {
    open([
      teacher(true),
      schoolGroups([MAPLE], { ledByViewer: true, search: null, includeArchived: false }),
      invitationRules({ allowedEmailDomains: ['riverside.sch.uk'], maxExpiryDays: 3 }),
    ]);
    const rules = await screen.findByTestId('invitation-rules');
    expect(rules).toHaveTextContent('Every invitation must stop working within 3 days.');
    await userEvent.click(screen.getByRole('combobox', { name: 'Stops working after' }));
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      '1 day',
      '3 days (the longest allowed)',
      'On a date…',
    ]);
  });

  it('says so to someone who leads no group', async () => {
    open([teacher(false)]);
    expect(
      await screen.findByRole('heading', { name: "You don't have access" }),
    ).toBeInTheDocument();
  });
});
