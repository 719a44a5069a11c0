import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RemoveMembersDialog } from './remove-members-dialog';

function renderDialog(names: string[], onConfirm = jest.fn(async () => undefined)) {
  render(
    <MantineProvider env="test">
      <RemoveMembersDialog opened names={names} onConfirm={onConfirm} onClose={() => undefined} />
    </MantineProvider>,
  );
  return onConfirm;
}

describe('the removal confirmation', () => {
  it('says exactly what happens to one person', async () => {
    renderDialog(['Ann Smith']);
    const dialog = await screen.findByRole('dialog', { name: 'Remove Ann Smith?' });
    expect(dialog).toHaveTextContent(
      'Ann Smith will be removed from the school and its groups. Their past joins stay in the history.',
    );
    expect(dialog).toHaveTextContent(
      'Blocked people cannot join again through any invitation of this school until unblocked.',
    );
    expect(within(dialog).getByRole('button', { name: 'Remove' })).toBeInTheDocument();
  });

  it('names several people by count, and blocks them with a reason when asked', async () => {
    const onConfirm = renderDialog(['Ann Smith', 'Bo Lee', 'Cy Young']);
    const dialog = await screen.findByRole('dialog', { name: 'Remove 3 members?' });
    expect(dialog).toHaveTextContent(
      'These 3 people will be removed from the school and its groups.',
    );
    expect(within(dialog).queryByLabelText('Reason (optional)')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByLabelText('Also block them all'));
    await userEvent.type(within(dialog).getByLabelText('Reason (optional)'), '  Leaked link  ');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Remove and block 3 people' }),
    );
    expect(onConfirm).toHaveBeenCalledWith({ block: true, reason: 'Leaked link' });
  });

  it('shows the server refusing, and stays open', async () => {
    renderDialog(
      ['Ann Smith'],
      jest.fn(async () => {
        throw {
          errors: [
            { message: 'the owner cannot be removed', extensions: { code: 'BAD_USER_INPUT' } },
          ],
        };
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Remove Ann Smith?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await within(dialog).findByText('the owner cannot be removed')).toBeInTheDocument();
  });
});
