import { checkSymbol } from '@school-invites/shared';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CodeInput, codeFromInput } from './code-input';

const BODY = 'K7QMX3TR9B';
const VALID = BODY + checkSymbol(BODY);

function setup() {
  const onSubmit = jest.fn();
  render(<CodeInput onSubmit={onSubmit} />);
  return { onSubmit, input: screen.getByLabelText(/invitation code/i) };
}

describe('code entry', () => {
  it('formats a code typed in lower case with spaces and submits its canonical form', async () => {
    const { onSubmit, input } = setup();
    await userEvent.type(
      input,
      `${VALID.slice(0, 4).toLowerCase()} ${VALID.slice(4).toLowerCase()}`,
    );
    expect(input).toHaveValue(`${VALID.slice(0, 4)}-${VALID.slice(4, 8)}-${VALID.slice(8)}`);
    await userEvent.click(screen.getByRole('button', { name: /continue/i }));
    expect(onSubmit).toHaveBeenCalledWith({ code: VALID });
  });

  it('says a mistyped code looks mistyped before asking the server', async () => {
    const { onSubmit, input } = setup();
    const typo = VALID.slice(0, 3) + (VALID[3] === 'A' ? 'B' : 'A') + VALID.slice(4);
    await userEvent.type(input, typo);
    await userEvent.click(screen.getByRole('button', { name: /continue/i }));
    expect(await screen.findByText(/looks mistyped/i)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/looks mistyped/i);
    expect(input).toHaveAccessibleDescription(/looks mistyped/i);
    expect(input).toBeInvalid();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('accepts a pasted invite link', () => {
    expect(codeFromInput('https://school.example/invite/abcDEF_123-x?utm=1')).toEqual({
      token: 'abcDEF_123-x',
    });
    expect(codeFromInput('k7qm x3tr')).toEqual({ code: 'K7QMX3TR' });
  });
});
