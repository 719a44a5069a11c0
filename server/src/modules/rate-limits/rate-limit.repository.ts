import type { EntityManager } from 'typeorm';

export interface Limit {
  /** What is counted, e.g. `sign-in:ip:203.0.113.7`. Never a raw secret or email (hash those). */
  key: string;
  max: number;
  windowSeconds: number;
  /** How many this attempt counts for (one batch of 30 invitations: 30); 1 when omitted. */
  cost?: number;
}

/** One counter an attempt holds a place in: its key and the start of its window, in epoch seconds. */
export interface ReservedCounter {
  key: string;
  window: number;
}

/** What an allowed attempt holds until its outcome is known; `release` gives it back. */
export type Reservation = ReservedCounter[];

/** How the reserving statement answered for one limit. */
export interface AttemptRow extends ReservedCounter {
  reserved: boolean;
  retryAfter: number;
}

/** The reservation as parts of a statement that another repository runs anyway; see `attemptSql`. */
export interface AttemptSql {
  /** Goes into the statement's WITH clause. */
  with: string;
  /** A JSON column (AttemptRow[]) to select and hand to RateLimiter.admit. */
  attempt: string;
  /** Bound after the statement's own parameters. */
  params: unknown[];
}

/**
 * Reserving an attempt as parts of another statement, so the reservation costs no round trip of
 * its own; `firstParam` is the number of the first placeholder it may use.
 *
 * Counters are locked in key order here and in `release`, so two attempts sharing counters cannot
 * deadlock. A counter that the attempt's cost would take past its limit is locked but not counted,
 * and answers `reserved: false`.
 */
export function attemptSql(limits: Limit[], firstParam: number): AttemptSql {
  const [keys, maxes, windows, costs] = [0, 1, 2, 3].map((i) => `$${firstParam + i}`);
  return {
    with: `attempt_limits AS (
             SELECT l.key, l.max, l.cost, w.start AS window_start, w.start + l.win * interval '1 second' AS expires_at
               FROM unnest(${keys}::text[], ${maxes}::int[], ${windows}::int[], ${costs}::int[]) AS l(key, max, win, cost),
                    LATERAL (SELECT to_timestamp(floor(extract(epoch FROM now()) / l.win) * l.win) AS start) AS w),
           attempt_reserved AS (
             INSERT INTO rate_limit_counters AS c (key, window_start, hits, expires_at)
             SELECT key, window_start, cost, expires_at FROM attempt_limits WHERE cost <= max ORDER BY key
             ON CONFLICT (key, window_start) DO UPDATE SET hits = c.hits + EXCLUDED.hits
              WHERE c.hits + EXCLUDED.hits <= (SELECT l.max FROM attempt_limits l WHERE l.key = c.key)
             RETURNING key)`,
    attempt: `(SELECT json_agg(json_build_object(
                 'key', l.key, 'window', extract(epoch FROM l.window_start)::bigint, 'reserved', r.key IS NOT NULL,
                 'retryAfter', ceil(extract(epoch FROM l.expires_at - now()))::int))
                 FROM attempt_limits l LEFT JOIN attempt_reserved r USING (key))`,
    params: [
      limits.map((limit) => limit.key),
      limits.map((limit) => limit.max),
      limits.map((limit) => limit.windowSeconds),
      limits.map((limit) => limit.cost ?? 1),
    ],
  };
}

/**
 * Every statement about attempt counters: fixed windows in an unlogged table, so every server
 * instance counts against the same limits and a write waits for no WAL flush.
 */
export class RateLimitRepository {
  constructor(private readonly db: EntityManager) {}

  /** Takes a place in every counter that is under its limit; says per limit whether it did. */
  async reserve(limits: Limit[]): Promise<AttemptRow[]> {
    const parts = attemptSql(limits, 1);
    const [row] = await this.db.query<
      {
        attempt: AttemptRow[];
      }[]
    >(`WITH ${parts.with} SELECT ${parts.attempt} AS attempt`, parts.params);
    return row!.attempt;
  }

  async release(reservation: Reservation): Promise<void> {
    await this.db.query(
      `UPDATE rate_limit_counters c SET hits = c.hits - 1
         FROM (SELECT key, window_start FROM rate_limit_counters
                WHERE (key, window_start) IN (SELECT r.key, to_timestamp(r.win) FROM unnest($1::text[], $2::bigint[]) AS r(key, win))
                  AND hits > 0
                ORDER BY key FOR UPDATE) AS mine
        WHERE c.key = mine.key AND c.window_start = mine.window_start`,
      [reservation.map((counter) => counter.key), reservation.map((counter) => counter.window)],
    );
  }

  async deleteExpired(): Promise<void> {
    await this.db.query(
      `DELETE FROM rate_limit_counters WHERE expires_at < now() - interval '1 minute'`,
    );
  }
}
