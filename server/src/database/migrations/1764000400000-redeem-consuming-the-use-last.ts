import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RedeemInOneStatement1764000300000 } from './1764000300000-redeem-in-one-statement';

/**
 * The hot invitation's row lock is held from the UPDATE that consumes a use until commit, and a
 * class joining through one code queues on it. Consuming the use as the last step (after the
 * membership, redemption and audit rows) shortens that hold to the UPDATE and the commit. An
 * invitation that turns out not to be redeemable then raises SINR1, which undoes the rows
 * written before it. The membership comes back whole, so the caller needs no second read.
 */
export class RedeemConsumingTheUseLast1764000400000 implements MigrationInterface {
  name = 'RedeemConsumingTheUseLast1764000400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION redeem_invitation(uuid, uuid)`);
    await db.query(`
      CREATE FUNCTION redeem_invitation(p_invitation uuid, p_user uuid)
      RETURNS TABLE (membership_id uuid, membership_seq bigint, school_id uuid, role text, joined_at timestamptz)
      LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        v_school uuid;
        v_role text;
        v_membership uuid;
        v_seq bigint;
        v_joined timestamptz;
      BEGIN
        -- School and role never change once written (invitations_guard), so reading them takes no lock.
        SELECT i.school_id, i.role INTO v_school, v_role FROM invitations i WHERE i.id = p_invitation;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'invitation cannot be redeemed' USING ERRCODE = 'SINR1';
        END IF;
        INSERT INTO memberships AS m (school_id, user_id, role, invitation_id)
        VALUES (v_school, p_user, v_role, p_invitation)
        ON CONFLICT (school_id, user_id) DO NOTHING
        RETURNING m.id, m.seq, m.joined_at INTO v_membership, v_seq, v_joined;
        IF v_membership IS NULL THEN
          RAISE EXCEPTION 'already a member' USING ERRCODE = 'SIAM1';
        END IF;
        INSERT INTO redemptions (invitation_id, school_id, user_id) VALUES (p_invitation, v_school, p_user);
        INSERT INTO audit_events (school_id, actor_id, action, target_type, target_id, detail) VALUES
          (v_school, p_user, 'invitation.redeemed', 'invitation', p_invitation, '{}'::jsonb),
          (v_school, p_user, 'member.joined', 'membership', v_membership,
           jsonb_build_object('role', v_role, 'invitationId', p_invitation));
        UPDATE invitations i SET use_count = i.use_count + 1, last_used_at = clock_timestamp()
         WHERE i.id = p_invitation AND i.revoked_at IS NULL
           AND (i.expires_at IS NULL OR i.expires_at > now())
           AND (i.max_uses IS NULL OR i.use_count < i.max_uses);
        IF NOT FOUND THEN
          RAISE EXCEPTION 'invitation cannot be redeemed' USING ERRCODE = 'SINR1';
        END IF;
        RETURN QUERY SELECT v_membership, v_seq, v_school, v_role, v_joined;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION redeem_invitation(uuid, uuid)`);
    await new RedeemInOneStatement1764000300000().up(db);
  }
}
