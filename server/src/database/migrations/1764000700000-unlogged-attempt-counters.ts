import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every attempt that is limited now writes its counters before it is checked (and a success
 * writes them again to give its place back), so those writes sit on the hot path. Unlogged, a
 * transaction that writes only counters commits without waiting for a WAL flush. What that gives
 * up is acceptable: after a crash, or on a promoted replica, the counters start empty, which only
 * resets the current windows of the limits.
 */
export class UnloggedAttemptCounters1764000700000 implements MigrationInterface {
  name = 'UnloggedAttemptCounters1764000700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE rate_limit_counters SET UNLOGGED`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE rate_limit_counters SET LOGGED`);
  }
}
