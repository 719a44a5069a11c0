import { types } from 'pg';
import { parseTimestamptz } from './timestamps';

const parseAny = types.getTypeParser(1184, 'text') as (text: string) => Date | number;

/** A timestamp as PostgreSQL prints one in ISO style, from its parts. */
function printed(ms: number, fractionDigits: number, offsetSeconds: number): string {
  const local = new Date(ms + offsetSeconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const micros = pad(local.getUTCMilliseconds() * 1000 + Math.floor((ms * 7) % 1000), 6);
  const fraction = fractionDigits ? `.${micros.slice(0, fractionDigits)}` : '';
  const abs = Math.abs(offsetSeconds);
  const zone =
    (offsetSeconds < 0 ? '-' : '+') +
    pad(Math.floor(abs / 3600)) +
    (abs % 3600 ? `:${pad(Math.floor((abs % 3600) / 60))}` : '') +
    (abs % 60 ? `:${pad(abs % 60)}` : '');
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${fraction}${zone}`;
}

describe('parseTimestamptz', () => {
  it('gives the Date node-postgres gives for every shape PostgreSQL prints', () => {
    const offsets = [0, 3600, -5 * 3600, 5.5 * 3600, -(9 * 3600 + 30 * 60), 3600 + 15 * 60 + 8];
    let checked = 0;
    for (let i = 0; i < 4000; i++) {
      // Spread over 1000..9999, with every fraction length and offset shape.
      const ms =
        Date.UTC(1000, 0, 1) + Math.floor((((i * 7919) % 4000) / 4000) * 2.5e14) + i * 1013;
      const text = printed(ms, i % 7, offsets[i % offsets.length]!);
      expect([text, parseTimestamptz(text).getTime()]).toEqual([
        text,
        (parseAny(text) as Date).getTime(),
      ]);
      checked++;
    }
    expect(checked).toBe(4000);
  });

  it('leaves what it does not read by position to node-postgres', () => {
    for (const text of [
      'infinity',
      '-infinity',
      '0044-03-15 12:00:00+00',
      '2000-01-01 00:00:00+00 BC',
      '12345-01-01 00:00:00+00',
      '2026-11-26 07:09:12',
    ])
      expect(parseTimestamptz(text)).toEqual(parseAny(text));
  });

  it('reads offsets of whole hours, half hours and none', () => {
    const rows = [
      ['2026-11-26 07:09:12.123456+00', Date.UTC(2026, 10, 26, 7, 9, 12, 123)],
      ['2026-11-26 12:39:12.5+05:30', Date.UTC(2026, 10, 26, 7, 9, 12, 500)],
      ['2026-11-26 02:09:12-05', Date.UTC(2026, 10, 26, 7, 9, 12)],
    ] as const;
    for (const [text, utc] of rows) expect(parseTimestamptz(text).getTime()).toBe(utc);
  });
});
