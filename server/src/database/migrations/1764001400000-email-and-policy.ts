import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Verified email and school policy.
 *
 * - users.email_verified_at: when the user proved they read mail at their current address.
 * - email_tokens: single-use links sent by email (verify an address, reset a password), stored
 *   as hashes, each for one purpose and one address, expiring.
 * - schools' invitation policy: allowed email domains (checked at every redemption against a
 *   verified email), a cap on expiry days, and whether staff invitations must be limited.
 * - invitations.allowed_email_domains: the creator's narrowing, fixed at creation
 *   (invitations_guard).
 */
export class EmailAndPolicy1764001400000 implements MigrationInterface {
  name = 'EmailAndPolicy1764001400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN email_verified_at timestamptz`);
    await db.query(`
      CREATE TABLE email_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
        email text NOT NULL,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(`CREATE INDEX email_tokens_user ON email_tokens (user_id, purpose)`);
    await db.query(`
      ALTER TABLE schools
        ADD COLUMN allowed_email_domains text[] NOT NULL DEFAULT '{}',
        ADD COLUMN max_expiry_days integer CHECK (max_expiry_days BETWEEN 1 AND 3650),
        ADD COLUMN staff_invitations_must_be_limited boolean NOT NULL DEFAULT false`);
    await db.query(
      `ALTER TABLE invitations ADD COLUMN allowed_email_domains text[] NOT NULL DEFAULT '{}'`,
    );
    await db.query(`
      CREATE OR REPLACE FUNCTION invitations_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR TG_OP = 'TRUNCATE' THEN
          RAISE EXCEPTION 'invitations cannot be deleted; revoke them instead'
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF NEW.id IS DISTINCT FROM OLD.id
          OR NEW.seq IS DISTINCT FROM OLD.seq
          OR NEW.school_id IS DISTINCT FROM OLD.school_id
          OR NEW.token IS DISTINCT FROM OLD.token
          OR NEW.code IS DISTINCT FROM OLD.code
          OR NEW.role IS DISTINCT FROM OLD.role
          OR NEW.label IS DISTINCT FROM OLD.label
          OR NEW.created_by IS DISTINCT FROM OLD.created_by
          OR NEW.created_at IS DISTINCT FROM OLD.created_at
          OR NEW.expires_at IS DISTINCT FROM OLD.expires_at
          OR NEW.max_uses IS DISTINCT FROM OLD.max_uses
          OR NEW.replaces_id IS DISTINCT FROM OLD.replaces_id
          OR NEW.batch_id IS DISTINCT FROM OLD.batch_id
          OR NEW.allowed_email_domains IS DISTINCT FROM OLD.allowed_email_domains THEN
          RAISE EXCEPTION 'invitation % is immutable: revoke it and create a new one', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF OLD.revoked_at IS NOT NULL AND (NEW.revoked_at IS DISTINCT FROM OLD.revoked_at
            OR NEW.revoked_by IS DISTINCT FROM OLD.revoked_by) THEN
          RAISE EXCEPTION 'invitation % is revoked; revocation cannot be undone', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF NEW.use_count < OLD.use_count THEN
          RAISE EXCEPTION 'invitation % use count cannot decrease', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$;`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION invitations_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR TG_OP = 'TRUNCATE' THEN
          RAISE EXCEPTION 'invitations cannot be deleted; revoke them instead'
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF NEW.id IS DISTINCT FROM OLD.id
          OR NEW.seq IS DISTINCT FROM OLD.seq
          OR NEW.school_id IS DISTINCT FROM OLD.school_id
          OR NEW.token IS DISTINCT FROM OLD.token
          OR NEW.code IS DISTINCT FROM OLD.code
          OR NEW.role IS DISTINCT FROM OLD.role
          OR NEW.label IS DISTINCT FROM OLD.label
          OR NEW.created_by IS DISTINCT FROM OLD.created_by
          OR NEW.created_at IS DISTINCT FROM OLD.created_at
          OR NEW.expires_at IS DISTINCT FROM OLD.expires_at
          OR NEW.max_uses IS DISTINCT FROM OLD.max_uses
          OR NEW.replaces_id IS DISTINCT FROM OLD.replaces_id
          OR NEW.batch_id IS DISTINCT FROM OLD.batch_id THEN
          RAISE EXCEPTION 'invitation % is immutable: revoke it and create a new one', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF OLD.revoked_at IS NOT NULL AND (NEW.revoked_at IS DISTINCT FROM OLD.revoked_at
            OR NEW.revoked_by IS DISTINCT FROM OLD.revoked_by) THEN
          RAISE EXCEPTION 'invitation % is revoked; revocation cannot be undone', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF NEW.use_count < OLD.use_count THEN
          RAISE EXCEPTION 'invitation % use count cannot decrease', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$;`);
    await db.query(`ALTER TABLE invitations DROP COLUMN allowed_email_domains`);
    await db.query(`
      ALTER TABLE schools
        DROP COLUMN allowed_email_domains, DROP COLUMN max_expiry_days,
        DROP COLUMN staff_invitations_must_be_limited`);
    await db.query(`DROP TABLE email_tokens`);
    await db.query(`ALTER TABLE users DROP COLUMN email_verified_at`);
  }
}
