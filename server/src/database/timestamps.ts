import { types } from 'pg';

const TIMESTAMPTZ = 1184;
const parseAnyTimestamptz = types.getTypeParser(TIMESTAMPTZ, 'text') as (text: string) => Date;

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const twoDigits = (text: string, at: number) => digit(text, at) * 10 + digit(text, at + 1);

/**
 * `timestamptz` as PostgreSQL writes it in ISO style (`2026-11-26 07:09:12.123456+00`, an
 * offset of hours, minutes, seconds), read by position instead of the regular expressions of
 * node-postgres's own parser, which a page of rows calls a hundred times. Anything else (a year
 * before 1000 or past 9999, BC, infinity) goes to that parser; both give the same Date.
 */
export function parseTimestamptz(text: string): Date {
  const length = text.length;
  if (length < 22 || text[4] !== '-' || text[10] !== ' ' || text.endsWith('BC') || text[0] === '0')
    return parseAnyTimestamptz(text);
  let at = 19;
  let millis = 0;
  if (text[at] === '.') {
    let end = at + 1;
    while (end < length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
    millis = 1000 * parseFloat(text.slice(at, end));
    at = end;
  }
  const sign = text[at] === '-' ? -1 : text[at] === '+' ? 1 : 0;
  if (sign === 0 || (length !== at + 3 && length !== at + 6 && length !== at + 9))
    return parseAnyTimestamptz(text);
  let offset = twoDigits(text, at + 1) * 3600;
  if (length > at + 3) offset += twoDigits(text, at + 4) * 60;
  if (length > at + 6) offset += twoDigits(text, at + 7);
  const utc = Date.UTC(
    digit(text, 0) * 1000 + digit(text, 1) * 100 + twoDigits(text, 2),
    twoDigits(text, 5) - 1,
    twoDigits(text, 8),
    twoDigits(text, 11),
    twoDigits(text, 14),
    twoDigits(text, 17),
    millis,
  );
  return new Date(utc - sign * offset * 1000);
}

/** node-postgres's parsers, with the one above for timestamptz in text form. */
export const rowTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown =>
    oid === TIMESTAMPTZ && format !== 'binary'
      ? parseTimestamptz
      : (types.getTypeParser(oid, format ?? 'text') as unknown)) as typeof types.getTypeParser,
};
