import { rateLimited } from '../../errors/app-error';
import type { Logger } from '../../logger';
import type { AttemptRow, Limit, RateLimitRepository, Reservation } from './rate-limit.repository';

const CLEANUP_EVERY_MS = 10 * 60 * 1000;

/**
 * Attempt limits, counted in PostgreSQL so every server instance counts against the same ones.
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
    private readonly counters: RateLimitRepository,
    private readonly logger: Logger,
    private readonly enabled: boolean,
  ) {}

  /** The limits to reserve against: none at all when limits are switched off. */
  active(limits: Limit[]): Limit[] {
    return this.enabled ? limits : [];
  }

  /** Reserves an attempt against every limit, or refuses it with RATE_LIMITED having counted nothing. */
  async reserve(limits: Limit[]): Promise<Reservation> {
    const active = this.active(limits);
    if (active.length === 0) return [];
    return this.admit(await this.counters.reserve(active));
  }

  /** Counts an attempt whatever its outcome, refusing it past a limit. */
  async consume(limits: Limit[]): Promise<void> {
    await this.reserve(limits);
  }

  /**
   * Turns what a reserving statement answered (null when no limits applied) into the attempt's
   * reservation. When any limit refused it, the places it took in the others are given back (a
   * refused attempt was never checked, so it must not count) and it is refused with the longest
   * wait among the refusing limits.
   */
  async admit(attempt: AttemptRow[] | null | undefined): Promise<Reservation> {
    if (!attempt) return [];
    this.cleanupSometimes();
    const reservation = attempt
      .filter((row) => row.reserved)
      .map(({ key, window }) => ({ key, window }));
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
      await this.counters.release(reservation);
    } catch (error) {
      this.logger.warn({ err: error }, 'releasing an attempt reservation failed');
    }
  }

  private cleanupSometimes() {
    const now = Date.now();
    if (now - this.lastCleanup < CLEANUP_EVERY_MS) return;
    this.lastCleanup = now;
    this.counters
      .deleteExpired()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'rate limit cleanup failed'));
  }
}
