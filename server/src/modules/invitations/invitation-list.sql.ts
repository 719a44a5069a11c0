import type { InvitationStatus } from '@school-invites/shared';
import { decodeCursor } from '../../graphql/pagination';
import { INVITATION_COLUMNS, STATUS_FILTER_SQL } from './invitation.row';
import { searchArms } from './invitation-search';

export interface Statement {
  text: string;
  params: unknown[];
}

export interface ListQuery {
  first: number;
  after?: string | null;
  search?: string | null;
  status?: InvitationStatus | null;
}

/**
 * The SQL of one page of a school's invitations, newest first, and of its total. Built in one
 * place so the plan tests EXPLAIN exactly what the API runs. Parameters are sent unnamed, so
 * PostgreSQL plans each call for its actual values (a generic plan for a search was measured
 * 100x slower).
 */
export function invitationListSql(schoolId: string, query: ListQuery): { page: Statement; count: Statement; filtered: boolean } {
  const after = decodeCursor('i', query.after);
  const params: unknown[] = [schoolId, query.first + 1];
  const base = ['i.school_id = $1'];
  if (query.status) base.push(STATUS_FILTER_SQL[query.status]);
  const countBase = base.join(' AND ');
  if (after) base.push(`i.seq < $${params.push(after)}`);
  const where = base.join(' AND ');
  const term = query.search?.trim();

  if (!term) {
    return {
      page: { text: `SELECT ${INVITATION_COLUMNS} FROM invitations i WHERE ${where} ORDER BY i.seq DESC LIMIT $2`, params },
      count: { text: `SELECT count(*)::int AS n FROM invitations i WHERE ${countBase}`, params: [schoolId] },
      filtered: Boolean(query.status),
    };
  }

  const search = searchArms(term, params.length + 1);
  params.push(...search.params);
  const pageArms = search.arms.map(
    (arm) => `(SELECT ${INVITATION_COLUMNS}, i.seq AS position FROM invitations i WHERE ${where} AND ${arm} ORDER BY i.seq DESC LIMIT $2)`,
  );
  // The count has no cursor and no limit; its parameters are renumbered after dropping them.
  const countParams: unknown[] = [schoolId];
  const countSearch = searchArms(term, 2);
  countParams.push(...countSearch.params);
  const countArms = countSearch.arms.map((arm) => `SELECT i.id FROM invitations i WHERE ${countBase} AND ${arm}`);
  return {
    page: {
      text: `SELECT * FROM (${pageArms.join(' UNION ')}) i ORDER BY i.position DESC LIMIT $2`,
      params,
    },
    count: { text: `SELECT count(*)::int AS n FROM (${countArms.join(' UNION ')}) matches`, params: countParams },
    filtered: true,
  };
}
