import {
  INVITATION_STATUSES,
  invitationStatus,
  type InvitationStatus,
} from '@school-invites/shared';
import { useTestApp } from '../../../test/harness';
import { INVITATION_STATUS, STATUS_FILTER_SQL } from './invitation-columns';

interface Case {
  now: Date;
  revoked_at: Date | null;
  expires_at: Date | null;
  max_uses: number | null;
  use_count: number;
  status: InvitationStatus;
  matches: InvitationStatus[];
}

/**
 * The status rule is written in SQL (invitation_status(), which every query calls) and in shared/
 * (for clients); list filters restate it in a form indexes can serve. All three must agree.
 */
describe('the invitation status rule', () => {
  const app = useTestApp();

  it('agrees in SQL, in the list filters and in shared/ on every boundary', async () => {
    const filters = INVITATION_STATUSES.map(
      (status) => `CASE WHEN ${STATUS_FILTER_SQL[status]} THEN '${status}' END`,
    );
    // Every combination of: not revoked / revoked; no expiry, long past, 1 ms ago, exactly now,
    // in 1 ms, later; no limit, under it, at it, past it.
    const cases: Case[] = await app.db.query(`
      SELECT now() AS now, i.*, ${INVITATION_STATUS} AS status, array_remove(ARRAY[${filters.join(', ')}], NULL) AS matches
        FROM (SELECT r.revoked_at, now() + e.offset_by AS expires_at, u.max_uses, u.use_count
                FROM (VALUES (NULL::timestamptz), (now() - interval '1 minute')) AS r(revoked_at),
                     (VALUES (NULL::interval), ('-1 day'), ('-1 millisecond'), ('0'), ('1 millisecond'), ('1 day')) AS e(offset_by),
                     (VALUES (NULL::int, 0), (NULL, 5), (1, 0), (1, 1), (2, 1), (2, 2), (2, 3)) AS u(max_uses, use_count)) AS i`);

    const disagreements = cases
      .map(({ now, matches, ...state }) => ({
        state,
        shared: invitationStatus(
          {
            revokedAt: state.revoked_at,
            expiresAt: state.expires_at,
            maxUses: state.max_uses,
            useCount: state.use_count,
          },
          now,
        ),
        filters: matches,
      }))
      .filter(
        ({ state, shared, filters }) =>
          state.status !== shared || filters.length !== 1 || filters[0] !== shared,
      );
    expect(cases).toHaveLength(2 * 6 * 7);
    expect(new Set(cases.map((c) => c.status))).toEqual(new Set(INVITATION_STATUSES));
    expect(disagreements).toEqual([]);
  });

  it('is inlined by the planner, so every query plans as if the rule were written in it', async () => {
    const [row] = await app.db.query(
      `EXPLAIN (VERBOSE, FORMAT JSON) SELECT ${INVITATION_STATUS} FROM invitations i`,
    );
    const plan = JSON.stringify(row['QUERY PLAN']);
    expect(plan).not.toContain('invitation_status');
    expect(plan).toContain('CASE WHEN');
  });
});
