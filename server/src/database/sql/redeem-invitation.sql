-- Redeems an invitation for several people in one statement: the school's own rules first, then
-- join_through_invitation() for everyone they let through. One row per entry of `p_users`, in
-- order: PAUSED for all while the school's invitations are paused, BLOCKED for anyone the school
-- removed and blocked.
--
-- The school's row is share-locked (FOR KEY SHARE) before anything is written. Pausing the
-- school's invitations and removing members lock it FOR UPDATE, so each of them and a redemption
-- follow one another: a redemption that comes after a pause or a block commits sees it, and one
-- under way commits before the pause or the removal does (which then removes that member too).
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
END $$;
