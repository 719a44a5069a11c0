-- Redeems one invitation for several people in one statement, so a class joining through one
-- code at once shares one lock of the invitation's row and one commit instead of queueing for
-- one each.
--
-- Members, redemptions and audit events are written first, and the row is locked last: the lock
-- is then held only while the use count moves and the transaction commits. Under the lock, the
-- first people in `p_users` take the uses that are left; the rows of any beyond them are removed
-- again (rare: only when the last uses go). Someone who is already a member, or appears twice,
-- consumes nothing. One row per entry of `p_users`, in order, says what happened.
--
-- An invitation that also joins groups goes to redeem_invitation_into_groups(), which adds
-- group seats to the decision; `groups_added` is empty here.
--
-- Called by redeem_invitation(), which first applies the school's rules (paused, blocked).
CREATE FUNCTION join_through_invitation(p_invitation uuid, p_users uuid[])
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
END $$;
