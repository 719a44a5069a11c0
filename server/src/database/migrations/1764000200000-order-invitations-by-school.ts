import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A table-wide unique index on invitations.seq tempted the planner to walk every school's rows
 * newest-first and filter, instead of reading one school's rows from (school_id, seq). Identity
 * values are unique without it.
 */
export class OrderInvitationsBySchool1764000200000 implements MigrationInterface {
  name = 'OrderInvitationsBySchool1764000200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE invitations DROP CONSTRAINT invitations_seq_key`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE invitations ADD CONSTRAINT invitations_seq_key UNIQUE (seq)`);
  }
}
