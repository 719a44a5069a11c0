import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A redemption as one statement: consume a use, add the member, record the redemption and the
 * audit events. The invitation's row lock is then held for one round trip instead of five, which
 * is what limits how fast a whole class can join through one hot code. When the person turns
 * out to be a member already (a parallel request won), it raises SIAM1 and nothing is kept.
 */
export class RedeemInOneStatement1764000300000 implements MigrationInterface {
  name = 'RedeemInOneStatement1764000300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION redeem_invitation(p_invitation uuid, p_user uuid)
      RETURNS TABLE (membership_id uuid, school_id uuid, role text)
      LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        v_school uuid;
        v_role text;
        v_membership uuid;
      BEGIN
        UPDATE invitations i SET use_count = i.use_count + 1, last_used_at = clock_timestamp()
         WHERE i.id = p_invitation AND i.revoked_at IS NULL
           AND (i.expires_at IS NULL OR i.expires_at > now())
           AND (i.max_uses IS NULL OR i.use_count < i.max_uses)
        RETURNING i.school_id, i.role INTO v_school, v_role;
        IF NOT FOUND THEN
          RETURN;
        END IF;
        INSERT INTO memberships AS m (school_id, user_id, role, invitation_id)
        VALUES (v_school, p_user, v_role, p_invitation)
        ON CONFLICT (school_id, user_id) DO NOTHING
        RETURNING m.id INTO v_membership;
        IF v_membership IS NULL THEN
          RAISE EXCEPTION 'already a member' USING ERRCODE = 'SIAM1';
        END IF;
        INSERT INTO redemptions (invitation_id, school_id, user_id) VALUES (p_invitation, v_school, p_user);
        INSERT INTO audit_events (school_id, actor_id, action, target_type, target_id, detail) VALUES
          (v_school, p_user, 'invitation.redeemed', 'invitation', p_invitation, '{}'::jsonb),
          (v_school, p_user, 'member.joined', 'membership', v_membership,
           jsonb_build_object('role', v_role, 'invitationId', p_invitation));
        RETURN QUERY SELECT v_membership, v_school, v_role;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION redeem_invitation(uuid, uuid)`);
  }
}
