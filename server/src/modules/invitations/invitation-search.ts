import { normalizeInviteCode } from '@school-invites/shared';
import { escapeLike } from '../../database/like';
import { tokenFromInput } from './credentials';

export interface SearchArms {
  /** Boolean SQL expressions over `i`, each answerable from its own index. */
  arms: string[];
  params: unknown[];
}

/**
 * `search` matches, case-insensitively, part of the creator's name, part of the code (typed with
 * or without dashes and spaces), or part of a pasted link or token. Wildcards in the term are
 * literal. Each arm is run as its own ordered, limited query and the results merged, so
 * PostgreSQL can pick per arm between an index look-up (rare terms: trigram GIN for names, codes
 * and tokens, a case-folded prefix b-tree for the start of a token) and walking the school's
 * newest rows (common terms), instead of scanning the school for an OR it cannot index.
 */
export function searchArms(term: string, firstParam: number): SearchArms {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };
  const arms: string[] = [];

  // Trigram indexes cannot narrow a term of one or two characters; reading them whole was
  // measured slower than walking the school's newest rows, so short terms use strpos(), which
  // PostgreSQL can only answer that way.
  const lower = term.toLowerCase();
  arms.push(
    lower.length < 3
      ? `i.created_by IN (SELECT u.id FROM users u WHERE strpos(lower(u.name), ${param(lower)}) > 0)`
      : `i.created_by IN (SELECT u.id FROM users u WHERE lower(u.name) LIKE ${param(`%${escapeLike(lower)}%`)})`,
  );

  const code = normalizeInviteCode(term);
  if (/^[A-Z0-9]+$/.test(code)) {
    arms.push(code.length < 3 ? `strpos(i.code, ${param(code)}) > 0` : `i.code LIKE ${param(`%${code}%`)}`);
  }

  // A piece of 6 or more characters may come from anywhere in a link (quoted cut at both ends).
  // Shorter ones match only the start of a token: from anywhere, a short name or code typed into
  // the same box would also bring up random links that happen to contain it (4 letters: some 20
  // in a million tokens; 6 letters: 1 in 50 million).
  const token = tokenFromInput(term);
  if (/^[A-Za-z0-9_-]+$/.test(token)) {
    const piece = escapeLike(token.toLowerCase());
    arms.push(`lower(i.token) LIKE ${param(token.length < 6 ? `${piece}%` : `%${piece}%`)}`);
  }
  return { arms, params };
}
