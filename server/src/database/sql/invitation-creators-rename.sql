-- Each school's creators carry their name (a search by creator name reads them alone); a rename
-- reaches them here.
CREATE FUNCTION invitation_creators_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE invitation_creators SET name = NEW.name WHERE user_id = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER users_rename_creators AFTER UPDATE OF name ON users
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
  EXECUTE FUNCTION invitation_creators_rename();
