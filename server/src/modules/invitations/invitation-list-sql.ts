import { CODE_ALPHABET, normalizeInviteCode, type InvitationStatus } from '@school-invites/shared';
import { escapeLike } from '../../database/like';
import { tokenFromInput } from './credentials';
import { COLUMNS, STATUS_FILTER_SQL } from './invitation-columns';

/** A page of a school's invitations, newest first; `after` is the `seq` of the last row seen. */
export interface InvitationListQuery {
  first: number;
  after?: string | null;
  search?: string | null;
  status?: InvitationStatus | null;
  /** Only invitations that join this group. */
  groupId?: string | null;
  /** Only invitations made together in this batch. */
  batchId?: string | null;
  /**
   * Only invitations whose every group is one of these (and that join at least one): what a
   * group leader without INVITATIONS_VIEW sees.
   */
  withinGroups?: readonly string[] | null;
  /** Only invitations this user created. */
  createdBy?: string | null;
  /** Only invitations whose creator is no longer staff here (left, removed, or below TEACHER). */
  createdByFormerStaff?: boolean | null;
}

export interface Statement {
  text: string;
  params: unknown[];
}

/**
 * The SQL of one page of a school's invitations, newest first, and of its total. Built in one
 * place so the plan tests EXPLAIN exactly what the API runs. A page's plan suits every value of
 * its parameters (the way a search reads is chosen here, from the term), so it is prepared once
 * per connection and run with its generic plan (database/statements.ts).
 */
export function invitationListSql(
  schoolId: string,
  query: InvitationListQuery,
): { page: Statement; count: Statement } {
  const page = statement(schoolId, query, true);
  const count = statement(schoolId, query, false);
  return { page, count };
}

/**
 * One page (`paged`: from the cursor, limited, with creators) or the total of the list. Each
 * numbers its own parameters: the count has no cursor and no limit.
 */
function statement(schoolId: string, query: InvitationListQuery, paged: boolean): Statement {
  const params: unknown[] = [schoolId];
  const param = (value: unknown) => `$${params.push(value)}`;
  const limit = paged ? param(query.first + 1) : null;
  const where = ['i.school_id = $1'];
  if (query.status) where.push(STATUS_FILTER_SQL[query.status]);
  if (query.groupId)
    where.push(
      `i.id IN (SELECT ig.invitation_id FROM invitation_groups ig WHERE ig.group_id = ${param(query.groupId)})`,
    );
  if (query.batchId) where.push(`i.batch_id = ${param(query.batchId)}`);
  if (query.createdBy) where.push(`i.created_by = ${param(query.createdBy)}`);
  if (query.createdByFormerStaff)
    where.push(
      `NOT EXISTS (SELECT 1 FROM memberships staff WHERE staff.school_id = i.school_id
         AND staff.user_id = i.created_by AND staff.role IN ('OWNER', 'ADMIN', 'TEACHER'))`,
    );
  if (query.withinGroups) {
    const led = param(query.withinGroups);
    where.push(
      `EXISTS (SELECT 1 FROM invitation_groups ig WHERE ig.invitation_id = i.id)
       AND NOT EXISTS (SELECT 1 FROM invitation_groups ig WHERE ig.invitation_id = i.id AND ig.group_id <> ALL(${led}::uuid[]))`,
    );
  }
  if (paged && query.after) where.push(`i.seq < ${param(query.after)}`);
  const filter = where.join(' AND ');
  // For an arm that finds its few matches in the whole table, the school is checked on each match
  // only: a prepared plan, guessing an average school, also read the school's entries in the
  // (school_id, seq) index to intersect with them, which for a large school cost more than the rest.
  const matchFilter = ['(i.school_id = $1) IS TRUE', ...where.slice(1)].join(' AND ');
  const term = query.search?.trim();

  if (!term) {
    return paged
      ? {
          text: withCreators(
            `SELECT ${COLUMNS}, i.seq AS position FROM invitations i WHERE ${filter} ORDER BY i.seq DESC LIMIT ${limit}`,
          ),
          params,
        }
      : { text: `SELECT count(*)::int AS n FROM invitations i WHERE ${filter}`, params };
  }

  const arms = searchArms(term, param);
  const creators = `SELECT c.user_id FROM invitation_creators c
    WHERE c.school_id = $1 AND ${arms.creatorName}`;
  if (!limit) {
    const matches = [
      `SELECT i.id FROM invitations i WHERE ${filter} AND i.created_by IN (${creators})`,
      ...[...arms.found, ...arms.walked].map(
        (arm) => `SELECT i.id FROM invitations i WHERE ${filter} AND ${arm}`,
      ),
    ];
    return {
      text: `SELECT count(*)::int AS n FROM (${matches.join(' UNION ')}) matches`,
      params,
    };
  }
  // The arms find ids alone; the page's columns are read once, for its rows only, so the merge
  // compares two columns rather than twenty and the statement is smaller to parse and plan.
  const pageArms = [
    byCreatorName(creators, filter, limit),
    // OFFSET 0 plans the matches on their own, with no ORDER BY and LIMIT to walk for.
    ...arms.found.map(
      (arm) =>
        `(SELECT * FROM (SELECT i.id, i.seq AS position FROM invitations i WHERE ${matchFilter} AND ${arm} OFFSET 0) f
           ORDER BY f.position DESC LIMIT ${limit})`,
    ),
    // Walked arms match densely; coalesce() makes the test opaque to the planner, which then
    // takes half the rows to pass (its guess for a bare function was 1 in 200) and walks newest
    // first rather than reading every row past a cursor to sort them.
    ...arms.walked.map(
      (arm) =>
        `(SELECT i.id, i.seq AS position FROM invitations i WHERE ${filter} AND coalesce(${arm}, false)
           ORDER BY i.seq DESC LIMIT ${limit})`,
    ),
  ];
  return {
    text: withCreators(
      `SELECT ${COLUMNS}, m.position FROM (SELECT * FROM (${pageArms.join(' UNION ')}) m
         ORDER BY m.position DESC LIMIT ${limit}) m JOIN invitations i ON i.id = m.id`,
    ),
    params,
  };
}

/**
 * The newest invitations made by the school's `creators` whose names match. When few of the
 * school's creators match, each one's newest rows come from the (school_id, created_by, seq)
 * index: at most `limit` rows per person, none when nobody matches. When many match, their
 * invitations are dense among the school's newest, so walking those newest rows finds a page
 * sooner. Walking costs about limit × creators ÷ matched rows, and per person about
 * limit × matched, so the choice is made when the statement runs, on matched² ≤ creators,
 * rather than by the planner, whose guess of how many invitations a name's people made was
 * measured wrong by a factor of 10 000 (a hash join over the whole school for a name everyone
 * shares, or a walk through all of it for a name nobody has). coalesce() keeps the creator index
 * out of the walk (through it, a common name reads every matching invitation before sorting) and
 * makes the walk the planner's choice, as for the walked arms below.
 */
function byCreatorName(creators: string, filter: string, limit: string): string {
  return `(WITH matched AS MATERIALIZED (${creators}),
      few AS MATERIALIZED (SELECT (SELECT count(*) FROM matched) ^ 2
        <= (SELECT count(*) FROM invitation_creators c WHERE c.school_id = $1) AS per_person)
    SELECT i.* FROM matched m CROSS JOIN LATERAL (
      SELECT i.id, i.seq AS position FROM invitations i
       WHERE ${filter} AND i.created_by = m.user_id ORDER BY i.seq DESC LIMIT ${limit}) i
     WHERE (SELECT per_person FROM few)
    UNION ALL
    (SELECT i.id, i.seq AS position FROM invitations i
      WHERE ${filter} AND coalesce(i.created_by = ANY (ARRAY(SELECT m.user_id FROM matched m)), false)
        AND NOT (SELECT per_person FROM few)
      ORDER BY i.seq DESC LIMIT ${limit})
    ORDER BY position DESC LIMIT ${limit})`;
}

/**
 * Joins each row of an already limited page to its creator, so a page and the people who made it
 * cost one round trip; the limit comes first, so a common search joins 21 rows, not every match.
 */
function withCreators(page: string): string {
  return `SELECT p.*, u.name AS creator_name, u.email AS creator_email, u.created_at AS creator_created_at
    FROM (${page}) p JOIN users u ON u.id = p.created_by ORDER BY p.position DESC`;
}

/**
 * How a search term matches: a creator (`c`, among the school's creators, with their names) or an invitation (`i`),
 * the latter either from an index (`found`: all its matches in the table are few) or by walking
 * the school's newest rows (`walked`: matches are dense, so a page comes within a few hundred).
 */
interface SearchArms {
  creatorName: string;
  found: string[];
  walked: string[];
}

/**
 * `search` matches, case-insensitively, part of the creator's name, part of the code (typed with
 * or without dashes and spaces), or part of a pasted link or token. Wildcards in the term are
 * literal. Each arm is its own ordered, limited query and the results are merged, instead of one
 * scan of the school for an OR no index can answer.
 *
 * Which way each arm reads is decided here, from the term's length, not by the planner from its
 * statistics: its guesses of how many rows a pattern matches change whenever a large school is
 * re-analysed, and a wrong one walked a whole school for a term nobody had. A term long enough for
 * an index matches few rows in the whole table (a code's three characters: about 1 in 3 000), so
 * those arms read every match from the index and sort them; shorter terms match densely, so they
 * walk. The plan then no longer depends on the values, so the statement can be prepared once.
 */
function searchArms(term: string, param: (value: unknown) => string): SearchArms {
  const found: string[] = [];
  const walked: string[] = [];

  // Trigram indexes cannot narrow a term of one or two characters, so those use strpos().
  const lower = term.toLowerCase();
  const creatorName =
    lower.length < 3
      ? `strpos(lower(c.name), ${param(lower)}) > 0`
      : `lower(c.name) LIKE ${param(`%${escapeLike(lower)}%`)}`;

  // A term with a symbol no code has (O, I, L, 0, 1, …) matches no code: no arm to read.
  const code = normalizeInviteCode(term);
  if (code && [...code].every((symbol) => CODE_ALPHABET.includes(symbol))) {
    if (code.length < 3) walked.push(`strpos(i.code, ${param(code)}) > 0`);
    else found.push(`i.code LIKE ${param(`%${code}%`)}`);
  }

  // A piece of 6 or more characters may come from anywhere in a link (quoted cut at both ends).
  // Shorter ones match only the start of a token: from anywhere, a short name or code typed into
  // the same box would also bring up random links that happen to contain it (4 letters: some 20
  // in a million tokens; 6 letters: 1 in 50 million). A start of two or more characters is a range
  // of the case-folded prefix b-tree, written as one so a prepared plan can use it; a single
  // character starts one token in 38 and is walked.
  const token = tokenFromInput(term).toLowerCase();
  if (/^[a-z0-9_-]+$/.test(token)) {
    if (token.length >= 6) found.push(`lower(i.token) LIKE ${param(`%${escapeLike(token)}%`)}`);
    else if (token.length >= 2)
      found.push(
        `lower(i.token) ~>=~ ${param(token)} AND lower(i.token) ~<~ ${param(nextPrefix(token))}`,
      );
    else walked.push(`starts_with(lower(i.token), ${param(token)})`);
  }
  return { creatorName, found, walked };
}

/** The first string after every string that starts with `prefix`, in byte order. */
function nextPrefix(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}
