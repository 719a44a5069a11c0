import type { DataSource, EntityManager } from 'typeorm';
import { rateLimited } from '../../errors/app-error';
import type { Logger } from '../../logger';

export interface Limit {
  /** What is counted, e.g. `sign-in:ip:203.0.113.7`. Never a raw secret or email (hash those). */
  key: string;
  max: number;
  windowSeconds: number;
}

export interface CounterRow {
  key: string;
  hits: number;
  retry_after: number;
}

const CLEANUP_EVERY_MS = 10 * 60 * 1000;

/**
 * Fixed-window counters in PostgreSQL, so every server instance counts against the same limits.
 * `consume` counts an attempt and refuses it past the limit; `check` + `hit` let callers count
 * only failed attempts (a class joining through one code must not lock itself out).
 */
export class RateLimiter {
  private lastCleanup = 0;

  constructor(
    private readonly db: DataSource,
    private readonly logger: Logger,
    private readonly enabled: boolean,
  ) {}

  /** Refuses with RATE_LIMITED when any limit is already reached; counts nothing. */
  async check(limits: Limit[]): Promise<void> {
    const counters = this.counterSubquery('$1');
    if (!counters || limits.length === 0) return;
    const [row] = await this.db.query(`SELECT ${counters} AS counters`, [this.keysOf(limits)]);
    this.refuseReached(limits, row.counters);
  }

  /**
   * The read behind `check`, as a scalar subquery yielding the live counters as JSON, so a caller
   * can fold it into a statement it runs anyway (`keysParam` bound to `keysOf(limits)`); null when
   * limits are off. Pass what it yields to `refuseReached`.
   */
  counterSubquery(keysParam: string): string | null {
    if (!this.enabled) return null;
    return `(SELECT coalesce(json_agg(json_build_object('key', key, 'hits', hits,
               'retry_after', ceil(extract(epoch FROM expires_at - now()))::int)), '[]'::json)
               FROM rate_limit_counters WHERE key = ANY(${keysParam}) AND expires_at > now())`;
  }

  keysOf(limits: Limit[]): string[] {
    return limits.map((limit) => limit.key);
  }

  /** Refuses when a counter read by `counterSubquery` has reached its limit. */
  refuseReached(limits: Limit[], counters: CounterRow[] | null | undefined): void {
    this.refuseOver(limits, counters ?? [], (hits, max) => hits >= max);
  }

  /** Counts one attempt against every limit. */
  async hit(limits: Limit[], manager?: EntityManager): Promise<CounterRow[]> {
    if (!this.enabled || limits.length === 0) return [];
    this.cleanupSometimes();
    return (manager ?? this.db).query(
      `INSERT INTO rate_limit_counters AS c (key, window_start, hits, expires_at)
       SELECT l.key,
              to_timestamp(floor(extract(epoch FROM now()) / l.win) * l.win),
              1,
              to_timestamp((floor(extract(epoch FROM now()) / l.win) + 1) * l.win)
         FROM unnest($1::text[], $2::int[]) AS l(key, win)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = c.hits + 1
       RETURNING key, hits, ceil(extract(epoch FROM expires_at - now()))::int AS retry_after`,
      [this.keysOf(limits), limits.map((limit) => limit.windowSeconds)],
    );
  }

  /** Counts the attempt, then refuses it if that went past a limit. */
  async consume(limits: Limit[]): Promise<void> {
    const rows = await this.hit(limits);
    this.refuseOver(limits, rows, (hits, max) => hits > max);
  }

  private refuseOver(limits: Limit[], rows: CounterRow[], over: (hits: number, max: number) => boolean) {
    const max = new Map(limits.map((limit) => [limit.key, limit.max]));
    const exceeded = rows.filter((row) => over(row.hits, max.get(row.key) ?? Infinity));
    if (exceeded.length > 0) {
      throw rateLimited(Math.max(1, ...exceeded.map((row) => row.retry_after)));
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
