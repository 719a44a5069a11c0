-- Unfiltered totals of large schools are read on every list page; a counter kept by trigger
-- answers them without counting 200 000 rows each time. The same trigger records who has created
-- invitations in each school: a search by creator name starts from those few people.
CREATE FUNCTION invitations_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE schools SET invitation_count = invitation_count + n.rows
  FROM (SELECT school_id, count(*) AS rows FROM new_rows GROUP BY school_id) n
  WHERE schools.id = n.school_id;
  INSERT INTO invitation_creators (school_id, user_id, name)
  SELECT DISTINCT n.school_id, n.created_by, u.name
    FROM new_rows n JOIN users u ON u.id = n.created_by
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER invitations_count AFTER INSERT ON invitations
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION invitations_count_insert();
