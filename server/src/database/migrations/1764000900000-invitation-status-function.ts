import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The invitation status rule, written once in SQL: queries call invitation_status() where they
 * used to paste the same CASE. The clock is an argument (callers pass now()), so the function is
 * IMMUTABLE, and as a one-expression SQL function the planner inlines it into each query as the
 * CASE it replaces: plans and estimates stay as they were.
 *
 * The same priority as shared/'s invitationStatus(): a revoked invitation stays REVOKED even
 * after it would have expired, and an expired one reads EXPIRED even if it was also used up.
 */
export class InvitationStatusFunction1764000900000 implements MigrationInterface {
  name = 'InvitationStatusFunction1764000900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION invitation_status(revoked_at timestamptz, expires_at timestamptz, max_uses integer, use_count integer, at timestamptz)
      RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
          WHEN revoked_at IS NOT NULL THEN 'REVOKED'
          WHEN expires_at <= at THEN 'EXPIRED'
          WHEN max_uses IS NOT NULL AND use_count >= max_uses THEN 'USED_UP'
          ELSE 'ACTIVE' END
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION invitation_status(timestamptz, timestamptz, integer, integer, timestamptz)`);
  }
}
