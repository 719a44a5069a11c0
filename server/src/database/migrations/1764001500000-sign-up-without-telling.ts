import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-up answers the same whether or not an address is registered. The first account for an
 * address owns it (unique, case-insensitively, among owners); a later sign-up with an owned
 * address makes an account that does not own it: it works through its sessions and its password,
 * can never verify the address, and the address's owner is emailed instead of being exposed.
 */
export class SignUpWithoutTelling1764001500000 implements MigrationInterface {
  name = 'SignUpWithoutTelling1764001500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN owns_email boolean NOT NULL DEFAULT true`);
    await db.query(`DROP INDEX users_email_key`);
    await db.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email)) WHERE owns_email`);
    await db.query(
      `CREATE INDEX users_email_unowned ON users (lower(email), created_at) WHERE NOT owns_email`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM users WHERE NOT owns_email`);
    await db.query(`DROP INDEX users_email_unowned`);
    await db.query(`DROP INDEX users_email_key`);
    await db.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    await db.query(`ALTER TABLE users DROP COLUMN owns_email`);
  }
}
