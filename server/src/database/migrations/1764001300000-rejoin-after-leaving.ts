import type { MigrationInterface, QueryRunner } from 'typeorm';
import { JoinGroupsInUserOrder1764001100000 } from './1764001100000-join-groups-in-user-order';

/**
 * Someone who left a school, or was removed and unblocked, may join again through an invitation
 * they used before: that is a new join, and takes a use again. A person's redemptions of one
 * invitation are therefore no longer unique; a member already in the school still takes at
 * most one use of an invitation while they stay (redeem_invitation_into_groups() checks for a
 * redemption since they joined, under the groups' locks).
 */
export class RejoinAfterLeaving1764001300000 implements MigrationInterface {
  name = 'RejoinAfterLeaving1764001300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE redemptions DROP CONSTRAINT redemptions_invitation_user_key`);
    await db.query(
      `CREATE INDEX redemptions_invitation_user ON redemptions (invitation_id, user_id)`,
    );
    await db.query(`
      CREATE OR REPLACE FUNCTION redeem_invitation_into_groups(p_invitation uuid, p_users uuid[], p_school uuid, p_role text)
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
        v_ord bigint;
        v_mid uuid;
        v_mseq bigint;
        v_mjoined timestamptz;
        v_mrole text;
        v_done boolean;
        v_new boolean;
        v_missing uuid[];
        v_counted boolean;
        v_ords bigint[] := '{}';
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

        FOR v_user, v_ord IN SELECT t.u, t.o FROM unnest(p_users) WITH ORDINALITY AS t(u, o) ORDER BY t.u, t.o LOOP
          v_ords := v_ords || v_ord;
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

            -- One use per person and membership: a member who redeemed this invitation since joining
            -- takes none now; someone who left or was removed and comes back takes one again.
            v_counted := v_new OR NOT EXISTS (
              SELECT 1 FROM redemptions r
               WHERE r.invitation_id = p_invitation AND r.user_id = v_user AND r.redeemed_at >= v_mjoined);
            IF v_counted THEN
              INSERT INTO redemptions (invitation_id, school_id, user_id) VALUES (p_invitation, p_school, v_user);
            END IF;

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
          FROM unnest(v_ords, v_outcomes, v_members, v_seqs, v_joined, v_roles, v_added_text) AS t(k, o, mid, mseq, j, r, a)
         ORDER BY t.k;
      END $$;`);
  }

  async down(db: QueryRunner): Promise<void> {
    await new JoinGroupsInUserOrder1764001100000().up(db);
    await db.query(`DROP INDEX redemptions_invitation_user`);
    // Refuses rather than deletes: a second join through one invitation is history to keep.
    await db.query(`
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM redemptions GROUP BY invitation_id, user_id HAVING count(*) > 1) THEN
          RAISE EXCEPTION 'someone joined twice through one invitation; the old rule cannot be restored';
        END IF;
      END $$`);
    await db.query(`
      ALTER TABLE redemptions ADD CONSTRAINT redemptions_invitation_user_key UNIQUE (invitation_id, user_id)`);
  }
}
