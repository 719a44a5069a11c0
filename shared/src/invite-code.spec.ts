import fc from 'fast-check';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  checkSymbol,
  formatInviteCode,
  generateInviteCode,
  inviteCodeProblem,
  isValidInviteCode,
  normalizeInviteCode,
} from './invite-code';

/** A deterministic randomInt driven by fast-check, so failures shrink to a small example. */
const arbitraryCode = fc.array(fc.nat(), { minLength: 64, maxLength: 64 }).map((draws) => {
  let i = 0;
  return generateInviteCode((max) => draws[i++ % draws.length]! % max);
});

describe('invite code', () => {
  it('generates canonical codes of the right length from the alphabet, with letters and digits', () => {
    fc.assert(
      fc.property(arbitraryCode, (code) => {
        expect(code).toHaveLength(CODE_LENGTH);
        expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
        expect(code.slice(0, -1)).toMatch(/[A-Z]/);
        expect(code.slice(0, -1)).toMatch(/[0-9]/);
      }),
    );
  });

  it('round-trips generate -> format -> normalise -> verify, whatever case and separators', () => {
    fc.assert(
      fc.property(arbitraryCode, fc.constantFrom(' ', '-', '  ', ' - '), (code, sep) => {
        const typed = formatInviteCode(code).toLowerCase().replaceAll('-', sep);
        expect(normalizeInviteCode(typed)).toBe(code);
        expect(isValidInviteCode(typed)).toBe(true);
      }),
    );
  });

  it('catches every single-character substitution', () => {
    fc.assert(
      fc.property(
        arbitraryCode,
        fc.nat(CODE_LENGTH - 1),
        fc.nat(CODE_ALPHABET.length - 2),
        (code, position, shift) => {
          const old = CODE_ALPHABET.indexOf(code[position]!);
          const replacement = CODE_ALPHABET[(old + 1 + shift) % CODE_ALPHABET.length]!;
          const typo = code.slice(0, position) + replacement + code.slice(position + 1);
          expect(typo).not.toBe(code);
          expect(inviteCodeProblem(typo)).toBe('MISTYPED');
        },
      ),
    );
  });

  it('catches every swap of two different neighbours', () => {
    fc.assert(
      fc.property(arbitraryCode, fc.nat(CODE_LENGTH - 2), (code, i) => {
        fc.pre(code[i] !== code[i + 1]);
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(inviteCodeProblem(swapped)).toBe('MISTYPED');
      }),
    );
  });

  it('names what is wrong with malformed input', () => {
    expect(inviteCodeProblem('')).toBe('EMPTY');
    expect(inviteCodeProblem('  - ')).toBe('EMPTY');
    expect(inviteCodeProblem('K7QM')).toBe('TOO_SHORT');
    expect(inviteCodeProblem('K7QM-X3TR-9BXX')).toBe('TOO_LONG');
    expect(inviteCodeProblem('K7QM-O3TR-9BX')).toBe('INVALID_CHARACTER');
    expect(inviteCodeProblem('%_\\')).toBe('INVALID_CHARACTER');
  });

  it('formats partial input in groups of four', () => {
    expect(formatInviteCode('k7qmx')).toBe('K7QM-X');
    expect(formatInviteCode('K7QM X3TR 9BX')).toBe('K7QM-X3TR-9BX');
    expect(formatInviteCode('')).toBe('');
  });

  it('computes a check symbol that validates its body', () => {
    const body = 'K7QMX3TR9B';
    expect(isValidInviteCode(body + checkSymbol(body))).toBe(true);
  });
});
