/**
 * What counts as text, and how long it is, for every free-text field: the server's validation,
 * the database's CHECK constraints and the web forms all agree through these.
 *
 * Length is counted in Unicode code points, which is what PostgreSQL's char_length() counts. A
 * grapheme count would be kinder to emoji ("❤️" is two code points) but it changes with each
 * Unicode version and differs between the browser, Node and PostgreSQL; a code point count is the
 * same everywhere, so a value the form accepts is never refused by the database.
 */

/** Characters that are never part of a person's text: C0 controls but tab and line breaks, DEL, C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Half of a surrogate pair without its other half: not Unicode, and PostgreSQL cannot store it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAK = /[\t\n\r\u2028\u2029]/;

/** The length PostgreSQL's char_length() gives: code points, not UTF-16 units. */
export function textLength(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** Why a string cannot be accepted as text at all, or null. Said as the end of "<field> …". */
export function unsafeTextProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'must not contain the NUL character (\\u0000)';
  if (LONE_SURROGATE.test(value))
    return 'must not contain a lone surrogate (text that is not valid Unicode)';
  if (CONTROL.test(value)) return 'must not contain control characters';
  return null;
}

export interface TextRule {
  /** Most code points after trimming. */
  max: number;
  /** Names, labels: one line, and not blank. */
  singleLine?: boolean;
  required?: boolean;
}

/** Why `value` breaks `rule`, or null; the value is judged as it will be stored, trimmed. */
export function textProblem(value: string, rule: TextRule): string | null {
  const unsafe = unsafeTextProblem(value);
  if (unsafe) return unsafe;
  const trimmed = value.trim();
  if (rule.required && trimmed === '') return 'must not be blank';
  if (rule.singleLine && LINE_BREAK.test(trimmed)) return 'must be a single line';
  if (textLength(trimmed) > rule.max) return `can be at most ${rule.max} characters`;
  return null;
}
