import type { InvitationRow, InvitationWithCreator } from './invitation.repository';

/**
 * Invitations as CSV (RFC 4180: comma-separated, CRLF, fields quoted when needed). A spreadsheet
 * runs a cell that starts with = + - @ (or a tab or carriage return) as a formula, so such cells
 * are written with a leading apostrophe: a label like `=HYPERLINK(…)` stays text.
 */
export const CSV_HEADER = [
  'code',
  'link',
  'groups',
  'role',
  'label',
  'status',
  'uses',
  'max uses',
  'expires at',
  'created at',
  'created by',
] as const;

export interface CsvInvitation {
  invitation: InvitationRow | InvitationWithCreator;
  link: string;
  groupNames: string[];
  creatorName: string;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (string | number | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function invitationCsvLine({
  invitation,
  link,
  groupNames,
  creatorName,
}: CsvInvitation): string {
  return csvLine([
    invitation.code,
    link,
    groupNames.join('; '),
    invitation.role,
    invitation.label,
    invitation.status,
    invitation.use_count,
    invitation.max_uses,
    invitation.expires_at?.toISOString() ?? null,
    invitation.created_at.toISOString(),
    creatorName,
  ]);
}
