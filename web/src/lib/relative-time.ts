import { plural } from './labels';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

// Made once: building an Intl formatter costs far more than using one, and a list formats dozens.
let relative: Intl.RelativeTimeFormat | undefined;
let dateTime: Intl.DateTimeFormat | undefined;
let date: Intl.DateTimeFormat | undefined;

/** "in 3 days", "2 hours ago": the largest unit that fits. */
export function relativeTime(iso: string | Date, now = new Date()): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  const format = (relative ??= new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }));
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second')
      return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** "2 minutes", "45 seconds": how long to wait. */
export function waitTime(seconds: number): string {
  return seconds < 60 ? plural(seconds, 'second') : plural(Math.ceil(seconds / 60), 'minute');
}

/** "3/1/2026": the day, as the reader's locale writes it. */
export function exactDate(iso: string | Date): string {
  return (date ??= new Intl.DateTimeFormat()).format(new Date(iso));
}

/** "3/1/2026, 10:00 AM": the day and the minute, where the time of day matters (an expiry). */
export function exactDateTime(iso: string | Date): string {
  dateTime ??= new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  return dateTime.format(new Date(iso));
}
