import type { MigrationInterface, QueryRunner } from 'typeorm';

const INDEXES = ['invitations_code_trgm', 'users_name_trgm', 'groups_name_trgm'];

/**
 * Every trigram index takes writes directly, as the one on tokens already did: with a pending
 * list, each new invitation or user waited there until a vacuum, and every search read the whole
 * list. Measured at 100 000 invitations, after the benchmark's creates: a rare code's search cost
 * 2.4 ms of PostgreSQL CPU instead of 0.7. Entries already pending are moved into the index now.
 */
export class TrigramIndexesWithoutPendingLists1764001800000 implements MigrationInterface {
  name = 'TrigramIndexesWithoutPendingLists1764001800000';

  async up(db: QueryRunner): Promise<void> {
    for (const index of INDEXES) {
      await db.query(`ALTER INDEX ${index} SET (fastupdate = off)`);
      await db.query(`SELECT gin_clean_pending_list('${index}'::regclass)`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of INDEXES) await db.query(`ALTER INDEX ${index} RESET (fastupdate)`);
  }
}
