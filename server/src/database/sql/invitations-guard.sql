-- Invitations are never edited or deleted. Only the use counter, the last-use time and a
-- one-way revocation may change; everything else is fixed at creation.
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
    OR NEW.replaces_id IS DISTINCT FROM OLD.replaces_id
    OR NEW.batch_id IS DISTINCT FROM OLD.batch_id
    OR NEW.allowed_email_domains IS DISTINCT FROM OLD.allowed_email_domains THEN
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
END $$;

CREATE TRIGGER invitations_immutable BEFORE UPDATE OR DELETE ON invitations
  FOR EACH ROW EXECUTE FUNCTION invitations_guard();

CREATE TRIGGER invitations_no_truncate BEFORE TRUNCATE ON invitations
  FOR EACH STATEMENT EXECUTE FUNCTION invitations_guard();
