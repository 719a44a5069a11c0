import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateInvitations1764000100000 implements MigrationInterface {
  name = 'CreateInvitations1764000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        school_id uuid NOT NULL REFERENCES schools (id),
        token text NOT NULL CONSTRAINT invitations_token_key UNIQUE,
        code text NOT NULL CONSTRAINT invitations_code_key UNIQUE
          CHECK (code ~ '^[2-9A-HJKMNP-Z]{11}$'),
        role text NOT NULL CHECK (role IN ('ADMIN', 'TEACHER', 'STUDENT')),
        label text CHECK (char_length(label) <= 200),
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        max_uses integer CHECK (max_uses BETWEEN 1 AND 100000),
        use_count integer NOT NULL DEFAULT 0 CHECK (use_count >= 0),
        last_used_at timestamptz,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users (id),
        replaces_id uuid UNIQUE REFERENCES invitations (id),
        -- A last line of defence: even a buggy caller cannot push an invitation past its limit.
        CONSTRAINT invitations_within_limit CHECK (max_uses IS NULL OR use_count <= max_uses),
        CONSTRAINT invitations_revoked_by_with_at CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
      )`);
    // Newest-first pages of one school, and the same filtered to revoked ones.
    await db.query(`CREATE INDEX invitations_school_seq ON invitations (school_id, seq DESC)`);
    await db.query(
      `CREATE INDEX invitations_school_revoked_seq ON invitations (school_id, seq DESC) WHERE revoked_at IS NOT NULL`,
    );
    await db.query(`CREATE INDEX invitations_creator_seq ON invitations (school_id, created_by, seq DESC)`);
    // Search by part of a code.
    await db.query(`CREATE INDEX invitations_code_trgm ON invitations USING gin (code gin_trgm_ops)`);
    // Search by (the start of) a pasted link or token. Tokens are random, so a trigram index on
    // them would outgrow the table; a case-folded prefix b-tree answers the pasted-link case.
    await db.query(`CREATE INDEX invitations_token_prefix ON invitations (lower(token) text_pattern_ops)`);

    // Invitations are never edited or deleted. Only the use counter, the last-use time and a
    // one-way revocation may change; everything else is fixed at creation.
    await db.query(`
      CREATE FUNCTION invitations_guard() RETURNS trigger LANGUAGE plpgsql AS $$
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
          OR NEW.replaces_id IS DISTINCT FROM OLD.replaces_id THEN
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
      END $$`);
    await db.query(`
      CREATE TRIGGER invitations_immutable BEFORE UPDATE OR DELETE ON invitations
        FOR EACH ROW EXECUTE FUNCTION invitations_guard()`);
    await db.query(`
      CREATE TRIGGER invitations_no_truncate BEFORE TRUNCATE ON invitations
        FOR EACH STATEMENT EXECUTE FUNCTION invitations_guard()`);

    await db.query(`
      CREATE TABLE redemptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        invitation_id uuid NOT NULL REFERENCES invitations (id),
        school_id uuid NOT NULL REFERENCES schools (id),
        user_id uuid NOT NULL REFERENCES users (id),
        redeemed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT redemptions_invitation_user_key UNIQUE (invitation_id, user_id)
      )`);
    await db.query(`CREATE INDEX redemptions_invitation_seq ON redemptions (invitation_id, seq DESC)`);

    await db.query(`
      ALTER TABLE memberships ADD CONSTRAINT memberships_invitation_fk
        FOREIGN KEY (invitation_id) REFERENCES invitations (id)`);
    await db.query(`CREATE INDEX memberships_invitation_id ON memberships (invitation_id)`);

    // Unfiltered totals of large schools are read on every list page; a counter kept by trigger
    // answers them without counting 200 000 rows each time.
    await db.query(`ALTER TABLE schools ADD COLUMN invitation_count integer NOT NULL DEFAULT 0`);
    await db.query(`
      CREATE FUNCTION invitations_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE schools SET invitation_count = invitation_count + n.rows
        FROM (SELECT school_id, count(*) AS rows FROM new_rows GROUP BY school_id) n
        WHERE schools.id = n.school_id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER invitations_count AFTER INSERT ON invitations
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION invitations_count_insert()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER invitations_count ON invitations`);
    await db.query(`DROP FUNCTION invitations_count_insert()`);
    await db.query(`ALTER TABLE schools DROP COLUMN invitation_count`);
    await db.query(`ALTER TABLE memberships DROP CONSTRAINT memberships_invitation_fk`);
    await db.query(`DROP INDEX memberships_invitation_id`);
    await db.query(`DROP TABLE redemptions`);
    await db.query(`DROP TABLE invitations`);
    await db.query(`DROP FUNCTION invitations_guard()`);
  }
}
