import type { DataSource } from 'typeorm';
import { rateLimited } from '../../errors/app-error';
import type { Logger } from '../../logger';

export interface Limit {
  /** What is counted, e.g. `sign-in:ip:203.0.113.7`. Never a raw secret or email (hash those). */
  key: string;
  max: number;
  windowSeconds: number;
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

/** The reservation as parts of a statement the caller runs anyway; see `reservation`. */
export interface FoldedReservation {
  /** Goes into the statement's WITH clause. */
  with: string;
  /** A JSON column to select and hand to `admit`. */
  attempt: string;
  /** Bound after the caller's own parameters. */
  params: unknown[];
}

const CLEANUP_EVERY_MS = 10 * 60 * 1000;

/**
 * Fixed-window counters in PostgreSQL, so every server instance counts against the same limits.
 *
 * An attempt takes its place in every counter before it is checked, in one statement that only
 * counts it while the counter is under its limit: reading first and counting after the outcome let
 * a burst of parallel attempts all pass the read. The caller then keeps the place when the attempt
 * fails and releases it when it succeeds, so only failures use a limit up (a class joining through
 * one code from one address must not lock itself out), or keeps it either way (`consume`).
 */
export class RateLimiter {
  private lastCleanup = 0;

  constructor(
    private readonly db: DataSource,
    private readonly logger: Logger,
    private readonly enabled: boolean,
  ) {}

  /** Reserves an attempt against every limit, or refuses it with RATE_LIMITED having counted nothing. */
  async reserve(limits: Limit[]): Promise<Reservation> {
    const folded = this.reservation(limits, 1);
    if (!folded) return [];
    const [row] = (await this.db.query(`WITH ${folded.with} SELECT ${folded.attempt} AS attempt`, folded.params)) as {
      attempt: AttemptRow[];
    }[];
    return this.admit(row!.attempt);
  }

  /** Counts an attempt whatever its outcome, refusing it past a limit. */
  async consume(limits: Limit[]): Promise<void> {
    await this.reserve(limits);
  }

  /**
   * The reservation folded into a statement the caller runs anyway, so it costs no round trip of
   * its own; `firstParam` is the number of the first placeholder it may use. Null when limits are
   * off. What the `attempt` column yields must go to `admit` before anything the statement found is
   * used.
   */
  reservation(limits: Limit[], firstParam: number): FoldedReservation | null {
    if (!this.enabled || limits.length === 0) return null;
    const [keys, maxes, windows] = [0, 1, 2].map((i) => `$${firstParam + i}`);
    // Counters are locked in key order here and in `release`, so two attempts sharing counters
    // cannot deadlock. A counter at its limit is locked but not counted, and returns no row.
    return {
      with: `attempt_limits AS (
               SELECT l.key, l.max, w.start AS window_start, w.start + l.win * interval '1 second' AS expires_at
                 FROM unnest(${keys}::text[], ${maxes}::int[], ${windows}::int[]) AS l(key, max, win),
                      LATERAL (SELECT to_timestamp(floor(extract(epoch FROM now()) / l.win) * l.win) AS start) AS w),
             attempt_reserved AS (
               INSERT INTO rate_limit_counters AS c (key, window_start, hits, expires_at)
               SELECT key, window_start, 1, expires_at FROM attempt_limits ORDER BY key
               ON CONFLICT (key, window_start) DO UPDATE SET hits = c.hits + 1
                WHERE c.hits < (SELECT l.max FROM attempt_limits l WHERE l.key = c.key)
               RETURNING key)`,
      attempt: `(SELECT json_agg(json_build_object(
                   'key', l.key, 'window', extract(epoch FROM l.window_start)::bigint, 'reserved', r.key IS NOT NULL,
                   'retryAfter', ceil(extract(epoch FROM l.expires_at - now()))::int))
                   FROM attempt_limits l LEFT JOIN attempt_reserved r USING (key))`,
      params: [limits.map((limit) => limit.key), limits.map((limit) => limit.max), limits.map((limit) => limit.windowSeconds)],
    };
  }

  /**
   * Turns what a folded reservation yielded into the attempt's reservation. When any limit refused
   * it, the places it took in the others are given back (a refused attempt was never checked, so
   * it must not count) and it is refused with the longest wait among the refusing limits.
   */
  async admit(attempt: AttemptRow[] | null | undefined): Promise<Reservation> {
    if (!attempt) return [];
    this.cleanupSometimes();
    const reservation = attempt.filter((row) => row.reserved).map(({ key, window }) => ({ key, window }));
    const refused = attempt.filter((row) => !row.reserved);
    if (refused.length === 0) return reservation;
    await this.release(reservation);
    throw rateLimited(Math.max(1, ...refused.map((row) => row.retryAfter)));
  }

  /**
   * Gives reserved places back. A failure here is logged, not thrown: the attempt's outcome stands,
   * and a place left taken only costs one attempt until its window ends.
   */
  async release(reservation: Reservation): Promise<void> {
    if (reservation.length === 0) return;
    try {
      await this.db.query(
        `UPDATE rate_limit_counters c SET hits = c.hits - 1
           FROM (SELECT key, window_start FROM rate_limit_counters
                  WHERE (key, window_start) IN (SELECT r.key, to_timestamp(r.win) FROM unnest($1::text[], $2::bigint[]) AS r(key, win))
                    AND hits > 0
                  ORDER BY key FOR UPDATE) AS mine
          WHERE c.key = mine.key AND c.window_start = mine.window_start`,
        [reservation.map((counter) => counter.key), reservation.map((counter) => counter.window)],
      );
    } catch (error) {
      this.logger.warn({ err: error }, 'releasing an attempt reservation failed');
    }
  }

  private cleanupSometimes() {
    const now = Date.now();
    if (now - this.lastCleanup < CLEANUP_EVERY_MS) return;
    this.lastCleanup = now;
    this.db
      .query(`DELETE FROM rate_limit_counters WHERE expires_at < now() - interval '1 minute'`)
      .catch((error: unknown) => this.logger.warn({ err: error }, 'rate limit cleanup failed'));
  }
}
