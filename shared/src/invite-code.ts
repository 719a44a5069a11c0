/**
 * The human-typed invitation code.
 *
 * Alphabet: digits and upper-case letters without the look-alikes 0/O and 1/I/L, so a code read
 * off a projector has one reading. It has 31 symbols; 31 is prime, which is what makes the check
 * character below catch every single-character substitution and every swap of two neighbours.
 *
 * Layout: CODE_BODY_LENGTH random symbols (10 * log2(31) = 49.5 bits) followed by one check symbol.
 * The canonical form is upper case with no separators; people see it grouped as XXXX-XXXX-XXX.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_BODY_LENGTH = 10;
export const CODE_LENGTH = CODE_BODY_LENGTH + 1;
const BASE = CODE_ALPHABET.length;
const GROUP = 4;

/** Returns an integer in [0, max). The server passes crypto.randomInt. */
export type RandomInt = (max: number) => number;

function valueOf(symbol: string): number {
  return CODE_ALPHABET.indexOf(symbol);
}

/**
 * Weighted sum modulo 31 with weights 1..n. Weights are distinct and non-zero modulo a prime, so
 * changing one symbol (weight * delta) or swapping neighbours ((w_i - w_i+1) * delta) always
 * changes the sum.
 */
function weightedSum(symbols: string): number {
  let sum = 0;
  for (let i = 0; i < symbols.length; i++) sum += (i + 1) * valueOf(symbols[i]!);
  return sum % BASE;
}

function modInverse(a: number): number {
  for (let x = 1; x < BASE; x++) if ((a * x) % BASE === 1) return x;
  throw new Error(`no inverse of ${a} modulo ${BASE}`);
}

/** The symbol that makes the weighted sum of body + check equal 0 modulo 31. */
export function checkSymbol(body: string): string {
  const weight = body.length + 1;
  const value = ((BASE - weightedSum(body)) * modInverse(weight)) % BASE;
  return CODE_ALPHABET[value]!;
}

function hasLetterAndDigit(symbols: string): boolean {
  return /[A-Z]/.test(symbols) && /[0-9]/.test(symbols);
}

/** A fresh canonical code. The body always holds at least one letter and one digit. */
export function generateInviteCode(randomInt: RandomInt): string {
  for (;;) {
    let body = '';
    for (let i = 0; i < CODE_BODY_LENGTH; i++) body += CODE_ALPHABET[randomInt(BASE)];
    if (hasLetterAndDigit(body)) return body + checkSymbol(body);
  }
}

/** Upper case, without spaces, dashes, dots or underscores: how a code is matched. */
export function normalizeInviteCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-_.·–—]+/g, '');
}

export type InviteCodeProblem =
  'EMPTY' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_CHARACTER' | 'MISTYPED';

/** Checks a code as typed; null when it is well-formed and its check symbol matches. */
export function inviteCodeProblem(input: string): InviteCodeProblem | null {
  const code = normalizeInviteCode(input);
  if (code.length === 0) return 'EMPTY';
  if ([...code].some((symbol) => valueOf(symbol) < 0)) return 'INVALID_CHARACTER';
  if (code.length < CODE_LENGTH) return 'TOO_SHORT';
  if (code.length > CODE_LENGTH) return 'TOO_LONG';
  if (weightedSum(code) !== 0) return 'MISTYPED';
  return null;
}

export function isValidInviteCode(input: string): boolean {
  return inviteCodeProblem(input) === null;
}

/** Groups of four for reading aloud and typing: K7QM-X3TR-9BX. Accepts partial input. */
export function formatInviteCode(input: string): string {
  const code = normalizeInviteCode(input);
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += GROUP) groups.push(code.slice(i, i + GROUP));
  return groups.join('-');
}
