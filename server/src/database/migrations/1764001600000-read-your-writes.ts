import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where each user's latest write ended in the primary's WAL. With a read replica, a user's lists
 * and searches come from it only once it has replayed that far, so everyone reads their own
 * writes while others' writes may arrive a moment later.
 */
export class ReadYourWrites1764001600000 implements MigrationInterface {
  name = 'ReadYourWrites1764001600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN wrote_lsn pg_lsn`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users DROP COLUMN wrote_lsn`);
  }
}
