import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who has created invitations in each school, kept by the insert trigger that already counts a
 * school's invitations. A search by creator name matches these few people first (tens, where the
 * users table holds every parent and pupil), then reads each one's newest invitations from the
 * (school_id, created_by, seq) index, so its cost no longer rests on the planner guessing how many
 * invitations a name's people made. Rows are never removed: a former colleague's invitations stay
 * findable by their name.
 */
export class InvitationCreators1764001700000 implements MigrationInterface {
  name = 'InvitationCreators1764001700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE invitation_creators (
        school_id uuid NOT NULL REFERENCES schools(id),
        user_id uuid NOT NULL REFERENCES users(id),
        PRIMARY KEY (school_id, user_id)
      )`);
    await db.query(`
      INSERT INTO invitation_creators (school_id, user_id)
      SELECT DISTINCT school_id, created_by FROM invitations`);
    await db.query(`
      CREATE OR REPLACE FUNCTION invitations_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE schools SET invitation_count = invitation_count + n.rows
        FROM (SELECT school_id, count(*) AS rows FROM new_rows GROUP BY school_id) n
        WHERE schools.id = n.school_id;
        INSERT INTO invitation_creators (school_id, user_id)
        SELECT DISTINCT school_id, created_by FROM new_rows
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION invitations_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE schools SET invitation_count = invitation_count + n.rows
        FROM (SELECT school_id, count(*) AS rows FROM new_rows GROUP BY school_id) n
        WHERE schools.id = n.school_id;
        RETURN NULL;
      END $$`);
    await db.query(`DROP TABLE invitation_creators`);
  }
}
