import { normalizeInviteCode } from '@school-invites/shared';
import { escapeLike } from '../../database/like';
import { tokenFromInput } from './credentials';

export interface SearchSql {
  /** A boolean SQL expression over `i`, using `$n` placeholders from `params`. */
  where: string;
  params: unknown[];
}

/**
 * `search` matches, case-insensitively, part of the creator's name, part of the code (typed with
 * or without dashes and spaces), or a pasted link or token, or the start of one. Wildcards in the
 * term are literal. Each branch is written so PostgreSQL can answer it from an index: trigram GIN
 * for names and codes, a case-folded prefix b-tree for tokens.
 */
export function searchSql(term: string, firstParam: number): SearchSql {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };
  const clauses: string[] = [];

  const name = param(`%${escapeLike(term.toLowerCase())}%`);
  clauses.push(`i.created_by IN (SELECT u.id FROM users u WHERE lower(u.name) LIKE ${name})`);

  const code = normalizeInviteCode(term);
  if (/^[A-Z0-9]+$/.test(code)) clauses.push(`i.code LIKE ${param(`%${code}%`)}`);

  const token = tokenFromInput(term);
  if (/^[A-Za-z0-9_-]+$/.test(token)) {
    clauses.push(`lower(i.token) LIKE ${param(`${escapeLike(token.toLowerCase())}%`)}`);
  }
  return { where: `(${clauses.join(' OR ')})`, params };
}
