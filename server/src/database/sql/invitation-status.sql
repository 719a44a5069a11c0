-- The invitation status rule, once: queries call it with now() as `at`. IMMUTABLE (the clock is
-- an argument) and a single expression, so the planner inlines it as the CASE it is; shared/'s
-- invitationStatus() is the same rule for clients (invitation-status.spec.ts proves they agree).
CREATE FUNCTION invitation_status(revoked_at timestamptz, expires_at timestamptz, max_uses integer, use_count integer, at timestamptz)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN revoked_at IS NOT NULL THEN 'REVOKED'
    WHEN expires_at <= at THEN 'EXPIRED'
    WHEN max_uses IS NOT NULL AND use_count >= max_uses THEN 'USED_UP'
    ELSE 'ACTIVE' END
$$;
