import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members and safety, first part: a school can pause every invitation at once, and remove
 * members with a block that stops them joining again through any of its invitations.
 *
 * - schools.invitations_paused_at/by: set while paused.
 * - school_blocks: who a school removed and blocked, by whom, when and why.
 * - redeem_invitation() applies these rules under a share lock of the school's row, which pausing
 *   and removing members take exclusively, so neither can race a join; the joining itself is the
 *   former redeem_invitation(), renamed join_through_invitation().
 */
export class PauseAndBlock1764001200000 implements MigrationInterface {
  name = 'PauseAndBlock1764001200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE schools
        ADD COLUMN invitations_paused_at timestamptz,
        ADD COLUMN invitations_paused_by uuid REFERENCES users (id)`);
    await db.query(`
      CREATE TABLE school_blocks (
        school_id uuid NOT NULL REFERENCES schools (id),
        user_id uuid NOT NULL REFERENCES users (id),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        blocked_at timestamptz NOT NULL DEFAULT now(),
        blocked_by uuid REFERENCES users (id),
        reason text CHECK (char_length(reason) <= 500),
        PRIMARY KEY (school_id, user_id)
      )`);
    await db.query(`CREATE INDEX school_blocks_school_seq ON school_blocks (school_id, seq DESC)`);
    await db.query(
      `ALTER FUNCTION redeem_invitation(uuid, uuid[]) RENAME TO join_through_invitation`,
    );
    await db.query(`
      CREATE FUNCTION redeem_invitation(p_invitation uuid, p_users uuid[])
      RETURNS TABLE (outcome text, membership_id uuid, membership_seq bigint, school_id uuid, role text, joined_at timestamptz, groups_added uuid[])
      LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        v_school uuid;
        v_paused boolean := false;
        v_blocked uuid[];
      BEGIN
        SELECT i.school_id INTO v_school FROM invitations i WHERE i.id = p_invitation;
        IF FOUND THEN
          SELECT s.invitations_paused_at IS NOT NULL INTO v_paused FROM schools s WHERE s.id = v_school FOR KEY SHARE;
        END IF;
        IF v_paused THEN
          RETURN QUERY SELECT 'PAUSED'::text, NULL::uuid, NULL::bigint, v_school, NULL::text, NULL::timestamptz, '{}'::uuid[]
            FROM unnest(p_users);
          RETURN;
        END IF;

        SELECT coalesce(array_agg(b.user_id), '{}') INTO v_blocked
          FROM school_blocks b WHERE b.school_id = v_school AND b.user_id = ANY (p_users);
        IF cardinality(v_blocked) = 0 THEN
          RETURN QUERY SELECT * FROM join_through_invitation(p_invitation, p_users);
          RETURN;
        END IF;

        RETURN QUERY
        WITH asked AS (
          SELECT t.u, t.o, t.u = ANY (v_blocked) AS blocked,
                 count(*) FILTER (WHERE t.u <> ALL (v_blocked)) OVER (ORDER BY t.o) AS k
            FROM unnest(p_users) WITH ORDINALITY AS t(u, o)
        ), joined AS (
          SELECT j.*
            FROM join_through_invitation(p_invitation, ARRAY(SELECT a.u FROM asked a WHERE NOT a.blocked ORDER BY a.o))
                 WITH ORDINALITY AS j(outcome, membership_id, membership_seq, school_id, role, joined_at, groups_added, k)
        )
        SELECT CASE WHEN a.blocked THEN 'BLOCKED' ELSE j.outcome END, j.membership_id, j.membership_seq,
               v_school, j.role, j.joined_at, coalesce(j.groups_added, '{}'::uuid[])
          FROM asked a LEFT JOIN joined j ON NOT a.blocked AND j.k = a.k
         ORDER BY a.o;
      END $$;`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION redeem_invitation(uuid, uuid[])`);
    await db.query(
      `ALTER FUNCTION join_through_invitation(uuid, uuid[]) RENAME TO redeem_invitation`,
    );
    await db.query(`DROP TABLE school_blocks`);
    await db.query(
      `ALTER TABLE schools DROP COLUMN invitations_paused_at, DROP COLUMN invitations_paused_by`,
    );
  }
}
