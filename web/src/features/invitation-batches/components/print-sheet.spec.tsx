import { render, screen, within } from '@testing-library/react';
import { PrintSheet, type Printed } from './print-sheet';

/** A canonical code per number: 11 symbols of the code alphabet, the last one telling them apart. */
const code = (n: number) => `K7QMX3TR22${'23456789ABCDEFGHJKMNPQRSTUVWXYZ'[n]}`;

function invitation(n: number, group: string): Printed {
  return {
    id: `i${n}`,
    code: code(n),
    link: `http://school.test/invite/token-${n}`,
    label: null,
    expiresAt: null,
    maxUses: 1,
    groups: [{ id: `g-${group}`, name: group }],
  };
}

// Three per class, the classes in no order: the sheet sorts them (Year 2 before Year 10).
const batch = ['Year 10', 'Year 2', 'Year 7'].flatMap((group, g) =>
  [1, 2, 3].map((k) => invitation(g * 3 + k, group)),
);

const sheet = (layout: 'posters' | 'slips', invitations = batch) =>
  render(<PrintSheet layout={layout} schoolName="Hillside" invitations={invitations} />);

describe('print sheet of a batch', () => {
  it('prints one poster per invitation, each on its own page, with school, class, QR and code', () => {
    sheet('posters');
    const pages = screen.getAllByTestId('sheet-page');
    expect(pages).toHaveLength(9);
    for (const page of pages) {
      const poster = within(page).getByTestId('poster');
      expect(within(poster).getByRole('heading', { name: 'Join Hillside' })).toBeInTheDocument();
      expect(
        within(poster).getByRole('img', { name: /QR code of the invitation link/ }),
      ).toBeVisible();
      expect(within(poster).getByTestId('poster-code').textContent).toMatch(
        /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{3}$/,
      );
      expect(within(poster).getAllByRole('listitem')).toHaveLength(3);
    }
    expect(within(pages[0]!).getByTestId('poster-groups')).toHaveTextContent('Year 2');
    expect(within(pages[8]!).getByTestId('poster-groups')).toHaveTextContent('Year 10');
    const codes = screen.getAllByTestId('poster-code').map((el) => el.textContent);
    expect(new Set(codes).size).toBe(9);
    expect(codes).toContain('K7QM-X3TR-224');
  });

  it('puts eight slips on a page, each with QR, code, class and the steps, class by class', () => {
    sheet('slips');
    const pages = screen.getAllByTestId('sheet-page');
    expect(pages).toHaveLength(2);
    expect(within(pages[0]!).getAllByTestId('slip')).toHaveLength(8);
    expect(within(pages[1]!).getAllByTestId('slip')).toHaveLength(1);
    expect(pages[1]).toHaveAccessibleName('Page 2 of 2');
    const slips = screen.getAllByTestId('slip');
    expect(slips.map((slip) => within(slip).getByTestId('slip-groups').textContent)).toEqual([
      ...Array(3).fill('Year 2'),
      ...Array(3).fill('Year 7'),
      ...Array(3).fill('Year 10'),
    ]);
    const first = slips[0]!;
    expect(within(first).getByTestId('slip-code')).toHaveTextContent('K7QM-X3TR-226');
    expect(
      within(first).getByRole('img', { name: 'QR code of the invitation link for Year 2' }),
    ).toBeInTheDocument();
    expect(
      within(first).getByText('Scan the QR code with a phone, or go to http://school.test/join'),
    ).toBeInTheDocument();
  });

  it('names every class an invitation joins, and leaves out what cannot be printed', () => {
    const both = {
      ...invitation(1, 'Year 7'),
      groups: [
        { id: 'g2', name: 'Choir' },
        { id: 'g1', name: 'Year 7' },
      ],
    };
    const hidden = { ...invitation(2, 'Year 7'), code: null, link: null };
    sheet('slips', [both, hidden]);
    expect(screen.getAllByTestId('slip')).toHaveLength(1);
    expect(screen.getByTestId('slip-groups')).toHaveTextContent('Choir, Year 7');
  });
});
