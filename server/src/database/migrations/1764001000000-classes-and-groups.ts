import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RedeemForABatchOfPeople1764000800000 } from './1764000800000-redeem-for-a-batch-of-people';

/**
 * Classes, clubs and other groups inside a school, and invitations that join them.
 *
 * - groups: a live group's name is unique in its school (case-insensitively); archived ones keep
 *   theirs. A capacity caps the joins through invitations and additions by hand.
 * - group_leaders and group_members point at memberships, so a person who leaves the school
 *   leaves its groups with it.
 * - invitation_groups: the groups an invitation joins, fixed at creation like the rest of it.
 * - invitations.batch_id: invitations made together (a term's classes, a class's slips), so
 *   their print sheet can be made again; fixed at creation (invitations_guard).
 * - redeem_invitation() hands invitations with groups to redeem_invitation_into_groups(), and
 *   says which groups each person was added to.
 */
export class ClassesAndGroups1764001000000 implements MigrationInterface {
  name = 'ClassesAndGroups1764001000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        school_id uuid NOT NULL REFERENCES schools (id),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CLASS', 'CLUB', 'STAFF', 'OTHER')),
        description text,
        capacity integer CHECK (capacity IS NULL OR capacity >= 1),
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        archived_by uuid REFERENCES users (id)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX groups_live_name_key ON groups (school_id, lower(name)) WHERE archived_at IS NULL`,
    );
    await db.query(`CREATE INDEX groups_school_name ON groups (school_id, lower(name), seq)`);
    await db.query(`CREATE INDEX groups_name_trgm ON groups USING gin (lower(name) gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE group_leaders (
        group_id uuid NOT NULL REFERENCES groups (id),
        membership_id uuid NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        PRIMARY KEY (group_id, membership_id)
      )`);
    await db.query(`CREATE INDEX group_leaders_membership ON group_leaders (membership_id)`);

    await db.query(`
      CREATE TABLE group_members (
        group_id uuid NOT NULL REFERENCES groups (id),
        membership_id uuid NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        added_at timestamptz NOT NULL DEFAULT now(),
        invitation_id uuid REFERENCES invitations (id),
        PRIMARY KEY (group_id, membership_id)
      )`);
    await db.query(`CREATE INDEX group_members_membership ON group_members (membership_id)`);
    await db.query(`CREATE INDEX group_members_group_seq ON group_members (group_id, seq DESC)`);

    await db.query(`
      CREATE TABLE invitation_groups (
        invitation_id uuid NOT NULL REFERENCES invitations (id),
        group_id uuid NOT NULL REFERENCES groups (id),
        PRIMARY KEY (invitation_id, group_id)
      )`);
    await db.query(
      `CREATE INDEX invitation_groups_group ON invitation_groups (group_id, invitation_id)`,
    );

    await db.query(`ALTER TABLE invitations ADD COLUMN batch_id uuid`);
    await db.query(
      `CREATE INDEX invitations_batch ON invitations (batch_id) WHERE batch_id IS NOT NULL`,
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

    await db.query(`DROP FUNCTION redeem_invitation(uuid, uuid[])`);
    await db.query(`
      CREATE FUNCTION redeem_invitation_into_groups(p_invitation uuid, p_users uuid[], p_school uuid, p_role text)
      RETURNS TABLE (outcome text, membership_id uuid, membership_seq bigint, school_id uuid, role text, joined_at timestamptz, groups_added uuid[])
      LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        v_groups uuid[];
        v_seats int[];
        v_open boolean;
        v_left bigint;
        v_used int := 0;
        v_user uuid;
        v_mid uuid;
        v_mseq bigint;
        v_mjoined timestamptz;
        v_mrole text;
        v_done boolean;
        v_new boolean;
        v_missing uuid[];
        v_counted boolean;
        v_outcomes text[] := '{}';
        v_members uuid[] := '{}';
        v_seqs bigint[] := '{}';
        v_joined timestamptz[] := '{}';
        v_roles text[] := '{}';
        v_added_text text[] := '{}';
      BEGIN
        SELECT array_agg(g.id ORDER BY g.id), bool_and(g.archived_at IS NULL)
          INTO v_groups, v_open
          FROM (SELECT g.id, g.archived_at FROM groups g
                 WHERE g.id IN (SELECT ig.group_id FROM invitation_groups ig WHERE ig.invitation_id = p_invitation)
                 ORDER BY g.id FOR NO KEY UPDATE) g;

        SELECT array_agg(CASE WHEN g.capacity IS NULL THEN NULL
                              ELSE g.capacity - (SELECT count(*) FROM group_members gm WHERE gm.group_id = g.id) END
                         ORDER BY g.id)
          INTO v_seats FROM groups g WHERE g.id = ANY (v_groups);

        SELECT CASE
                 WHEN NOT coalesce(v_open, false) OR i.revoked_at IS NOT NULL OR i.expires_at <= now() THEN 0
                 WHEN i.max_uses IS NULL THEN NULL
                 ELSE greatest(i.max_uses - i.use_count, 0) END
          INTO v_left FROM invitations i WHERE i.id = p_invitation FOR NO KEY UPDATE;

        FOREACH v_user IN ARRAY p_users LOOP
          SELECT m.id, m.seq, m.joined_at, m.role INTO v_mid, v_mseq, v_mjoined, v_mrole
            FROM memberships m WHERE m.school_id = p_school AND m.user_id = v_user;
          v_new := NOT FOUND;
          v_missing := CASE WHEN v_new THEN v_groups ELSE (
            SELECT coalesce(array_agg(g ORDER BY g), '{}') FROM unnest(v_groups) AS g
             WHERE NOT EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = g AND gm.membership_id = v_mid)) END;

          IF NOT v_new AND cardinality(v_missing) = 0 THEN
            v_outcomes := v_outcomes || 'ALREADY_MEMBER'::text;
          ELSIF v_left = 0 THEN
            v_outcomes := v_outcomes || 'NOT_REDEEMABLE'::text;
          ELSIF EXISTS (SELECT 1 FROM unnest(v_groups, v_seats) AS t(g, s) WHERE t.g = ANY (v_missing) AND t.s <= 0) THEN
            v_outcomes := v_outcomes || 'GROUP_FULL'::text;
          ELSE
            IF v_new THEN
              INSERT INTO memberships AS m (school_id, user_id, role, invitation_id)
              VALUES (p_school, v_user, p_role, p_invitation)
              ON CONFLICT (school_id, user_id) DO NOTHING
              RETURNING m.id, m.seq, m.joined_at, m.role INTO v_mid, v_mseq, v_mjoined, v_mrole;
              IF NOT FOUND THEN
                -- They joined the school in parallel, through an invitation without groups: add them
                -- to the groups as the member they now are.
                v_new := false;
                SELECT m.id, m.seq, m.joined_at, m.role INTO v_mid, v_mseq, v_mjoined, v_mrole
                  FROM memberships m WHERE m.school_id = p_school AND m.user_id = v_user;
                v_missing := (SELECT coalesce(array_agg(g ORDER BY g), '{}') FROM unnest(v_groups) AS g
                  WHERE NOT EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = g AND gm.membership_id = v_mid));
              END IF;
            END IF;

            -- One use per person: whoever redeemed this invitation before takes none now.
            INSERT INTO redemptions (invitation_id, school_id, user_id) VALUES (p_invitation, p_school, v_user)
            ON CONFLICT (invitation_id, user_id) DO NOTHING;
            v_counted := FOUND;

            INSERT INTO group_members (group_id, membership_id, invitation_id)
            SELECT g, v_mid, p_invitation FROM unnest(v_missing) AS g ORDER BY g
            ON CONFLICT DO NOTHING;
            SELECT array_agg(CASE WHEN t.g = ANY (v_missing) THEN t.s - 1 ELSE t.s END ORDER BY t.k)
              INTO v_seats FROM unnest(v_groups, v_seats) WITH ORDINALITY AS t(g, s, k);

            INSERT INTO audit_events (school_id, actor_id, action, target_type, target_id, detail)
            SELECT p_school, v_user, e.action, e.target_type, e.target_id, e.detail
              FROM (VALUES
                (1, v_counted, 'invitation.redeemed', 'invitation', p_invitation, '{}'::jsonb),
                (2, v_new, 'member.joined', 'membership', v_mid, jsonb_build_object('role', p_role, 'invitationId', p_invitation)),
                (3, true, 'group.members_added', 'membership', v_mid, jsonb_build_object('groupIds', to_jsonb(v_missing), 'invitationId', p_invitation))
              ) AS e(n, wanted, action, target_type, target_id, detail)
             WHERE e.wanted ORDER BY e.n;

            IF v_counted THEN
              v_used := v_used + 1;
              v_left := v_left - 1;
            END IF;
            v_outcomes := v_outcomes || CASE WHEN v_new THEN 'JOINED' ELSE 'GROUPS_ADDED' END;
          END IF;

          v_done := v_outcomes[cardinality(v_outcomes)] IN ('JOINED', 'GROUPS_ADDED');
          v_members := v_members || CASE WHEN v_done THEN v_mid END;
          v_seqs := v_seqs || CASE WHEN v_done THEN v_mseq END;
          v_joined := v_joined || CASE WHEN v_done THEN v_mjoined END;
          v_roles := v_roles || CASE WHEN v_done THEN v_mrole END;
          v_added_text := v_added_text || CASE WHEN v_done THEN array_to_string(v_missing, ',') ELSE '' END;
        END LOOP;

        IF v_used > 0 THEN
          UPDATE invitations i SET use_count = i.use_count + v_used, last_used_at = clock_timestamp() WHERE i.id = p_invitation;
        END IF;

        RETURN QUERY
        SELECT t.o, t.mid, t.mseq, p_school, t.r, t.j,
               CASE WHEN t.a = '' THEN '{}'::uuid[] ELSE string_to_array(t.a, ',')::uuid[] END
          FROM unnest(v_outcomes, v_members, v_seqs, v_joined, v_roles, v_added_text) WITH ORDINALITY AS t(o, mid, mseq, j, r, a, k)
         ORDER BY t.k;
      END $$;`);
    await db.query(`
      CREATE FUNCTION redeem_invitation(p_invitation uuid, p_users uuid[])
      RETURNS TABLE (outcome text, membership_id uuid, membership_seq bigint, school_id uuid, role text, joined_at timestamptz, groups_added uuid[])
      LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        v_school uuid;
        v_role text;
        v_ords bigint[];
        v_ids uuid[];
        v_seqs bigint[];
        v_users uuid[];
        v_joined timestamptz[];
        v_redemptions uuid[];
        v_audits uuid[];
        v_left bigint;
        v_taken int := 0;
      BEGIN
        -- School and role never change once written (invitations_guard), so reading them takes no lock.
        SELECT i.school_id, i.role INTO v_school, v_role FROM invitations i WHERE i.id = p_invitation;

        IF NOT FOUND THEN
          RETURN QUERY SELECT 'NOT_REDEEMABLE'::text, NULL::uuid, NULL::bigint, NULL::uuid, NULL::text, NULL::timestamptz, '{}'::uuid[]
            FROM unnest(p_users);
          RETURN;
        END IF;

        IF EXISTS (SELECT 1 FROM invitation_groups ig WHERE ig.invitation_id = p_invitation) THEN
          RETURN QUERY SELECT * FROM redeem_invitation_into_groups(p_invitation, p_users, v_school, v_role);
          RETURN;
        END IF;

        WITH wanted AS (
          SELECT DISTINCT ON (t.u) t.u, t.o FROM unnest(p_users) WITH ORDINALITY AS t(u, o) ORDER BY t.u, t.o
        ), added AS (
          INSERT INTO memberships AS m (school_id, user_id, role, invitation_id)
          -- In user order, so two batches that share people wait for each other instead of deadlocking.
          SELECT v_school, w.u, v_role, p_invitation FROM wanted w ORDER BY w.u
          ON CONFLICT (school_id, user_id) DO NOTHING
          RETURNING m.id, m.seq, m.user_id, m.joined_at
        )
        SELECT array_agg(w.o ORDER BY w.o), array_agg(a.id ORDER BY w.o), array_agg(a.seq ORDER BY w.o),
               array_agg(a.user_id ORDER BY w.o), array_agg(a.joined_at ORDER BY w.o)
          INTO v_ords, v_ids, v_seqs, v_users, v_joined
          FROM added a JOIN wanted w ON w.u = a.user_id;
        v_ords := coalesce(v_ords, '{}');

        IF cardinality(v_ords) > 0 THEN
          WITH redeemed AS (
            INSERT INTO redemptions (invitation_id, school_id, user_id)
            SELECT p_invitation, v_school, u FROM unnest(v_users) WITH ORDINALITY AS t(u, k) ORDER BY k
            RETURNING id
          )
          SELECT array_agg(id) INTO v_redemptions FROM redeemed;
          WITH audited AS (
            INSERT INTO audit_events (school_id, actor_id, action, target_type, target_id, detail)
            SELECT v_school, t.u, e.action, e.target_type,
                   CASE WHEN e.n = 1 THEN p_invitation ELSE t.mid END,
                   CASE WHEN e.n = 1 THEN '{}'::jsonb ELSE jsonb_build_object('role', v_role, 'invitationId', p_invitation) END
              FROM unnest(v_users, v_ids) WITH ORDINALITY AS t(u, mid, k)
             CROSS JOIN (VALUES (1, 'invitation.redeemed', 'invitation'), (2, 'member.joined', 'membership')) AS e(n, action, target_type)
             ORDER BY t.k, e.n
            RETURNING id
          )
          SELECT array_agg(id) INTO v_audits FROM audited;

          SELECT CASE
                   WHEN i.revoked_at IS NOT NULL OR i.expires_at <= now() THEN 0
                   WHEN i.max_uses IS NULL THEN cardinality(v_ords)
                   ELSE greatest(i.max_uses - i.use_count, 0) END
            INTO v_left FROM invitations i WHERE i.id = p_invitation FOR NO KEY UPDATE;
          v_taken := least(cardinality(v_ords), v_left);

          IF v_taken < cardinality(v_ords) THEN
            -- Only the rows written above, for the people who came too late.
            DELETE FROM audit_events a WHERE a.id = ANY (v_audits) AND a.actor_id = ANY (v_users[v_taken + 1:]);
            DELETE FROM redemptions r WHERE r.id = ANY (v_redemptions) AND r.user_id = ANY (v_users[v_taken + 1:]);
            DELETE FROM memberships m WHERE m.id = ANY (v_ids[v_taken + 1:]);
          END IF;
          IF v_taken > 0 THEN
            UPDATE invitations i SET use_count = i.use_count + v_taken, last_used_at = clock_timestamp() WHERE i.id = p_invitation;
          END IF;
        END IF;

        RETURN QUERY
        SELECT CASE WHEN k.pos IS NULL THEN 'ALREADY_MEMBER' WHEN k.pos <= v_taken THEN 'JOINED' ELSE 'NOT_REDEEMABLE' END,
               CASE WHEN k.pos <= v_taken THEN v_ids[k.pos] END,
               CASE WHEN k.pos <= v_taken THEN v_seqs[k.pos] END,
               v_school, v_role,
               CASE WHEN k.pos <= v_taken THEN v_joined[k.pos] END,
               '{}'::uuid[]
          FROM generate_series(1, cardinality(p_users)) AS t(o)
          LEFT JOIN unnest(v_ords) WITH ORDINALITY AS k(o, pos) ON k.o = t.o
         ORDER BY t.o;
      END $$;`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION redeem_invitation(uuid, uuid[])`);
    await db.query(`DROP FUNCTION redeem_invitation_into_groups(uuid, uuid[], uuid, text)`);
    await new RedeemForABatchOfPeople1764000800000().up(db);
    await db.query(`DROP TABLE invitation_groups, group_members, group_leaders, groups`);
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
      END $$;`);
    await db.query(`ALTER TABLE invitations DROP COLUMN batch_id`);
  }
}
