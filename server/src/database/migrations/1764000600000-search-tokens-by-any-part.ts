import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search by any part of a link: a trigram index on case-folded tokens answers `LIKE '%piece%'`.
 * It is about two thirds of the table's size (98 MB beside 163 MB at 1M invitations). The prefix
 * b-tree stays: for the start of a token (terms under 6 characters) it was measured up to 3×
 * faster, since the trigram lists of one or two leading letters are long.
 *
 * Without fastupdate, writes go straight into the index rather than into a pending list that every
 * search reads whole (5 ms more per search after 5 000 writes) and that steers the planner away
 * from the index. Writes of one row measured no slower; bulk inserts, which only the benchmark's
 * seed makes, are 2.6× slower.
 *
 * Built concurrently, so outside a transaction: at 1M invitations the build takes 12–19 s, past
 * the statement timeout, and a plain build would hold up every redemption meanwhile.
 */
export class SearchTokensByAnyPart1764000600000 implements MigrationInterface {
  name = 'SearchTokensByAnyPart1764000600000';
  transaction = false;

  async up(db: QueryRunner): Promise<void> {
    await withoutStatementTimeout(db, async () => {
      // An interrupted concurrent build leaves an invalid index of this name behind.
      await db.query(`DROP INDEX CONCURRENTLY IF EXISTS invitations_token_trgm`);
      await db.query(`CREATE INDEX CONCURRENTLY invitations_token_trgm ON invitations USING gin (lower(token) gin_trgm_ops) WITH (fastupdate = off)`);
    });
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX CONCURRENTLY IF EXISTS invitations_token_trgm`);
  }
}

/** With no transaction there is no SET LOCAL; RESET gives the pooled connection its own timeout back. */
async function withoutStatementTimeout(db: QueryRunner, work: () => Promise<void>): Promise<void> {
  await db.query(`SET statement_timeout = 0`);
  try {
    await work();
  } finally {
    await db.query(`RESET statement_timeout`);
  }
}
