import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccountsAndSchools1764000000000 implements MigrationInterface {
  name = 'CreateAccountsAndSchools1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
        email text NOT NULL,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    // Invitation search matches part of a creator's name.
    await db.query(`CREATE INDEX users_name_trgm ON users USING gin (lower(name) gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX sessions_user_id ON sessions (user_id)`);

    await db.query(`
      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        name text NOT NULL,
        prefix text NOT NULL,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        expires_at timestamptz,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE INDEX api_tokens_user_id ON api_tokens (user_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE schools (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        slug text NOT NULL UNIQUE,
        description text,
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        school_id uuid NOT NULL REFERENCES schools (id),
        user_id uuid NOT NULL REFERENCES users (id),
        role text NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'TEACHER', 'STUDENT')),
        joined_at timestamptz NOT NULL DEFAULT now(),
        invitation_id uuid,
        CONSTRAINT memberships_school_user_key UNIQUE (school_id, user_id)
      )`);
    await db.query(`CREATE INDEX memberships_user_id ON memberships (user_id)`);
    await db.query(`CREATE INDEX memberships_school_seq ON memberships (school_id, seq DESC)`);

    await db.query(`
      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        school_id uuid NOT NULL REFERENCES schools (id),
        actor_id uuid REFERENCES users (id),
        action text NOT NULL,
        target_type text NOT NULL,
        target_id uuid,
        detail jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX audit_events_school_seq ON audit_events (school_id, seq DESC)`);
    await db.query(`CREATE INDEX audit_events_target ON audit_events (target_id, seq DESC)`);

    // Fixed-window counters for rate limits, shared by every server instance.
    await db.query(`
      CREATE TABLE rate_limit_counters (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (key, window_start)
      )`);
    await db.query(`CREATE INDEX rate_limit_counters_expires_at ON rate_limit_counters (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rate_limit_counters`);
    await db.query(`DROP TABLE audit_events`);
    await db.query(`DROP TABLE memberships`);
    await db.query(`DROP TABLE schools`);
    await db.query(`DROP TABLE api_tokens`);
    await db.query(`DROP TABLE sessions`);
    await db.query(`DROP TABLE users`);
  }
}
