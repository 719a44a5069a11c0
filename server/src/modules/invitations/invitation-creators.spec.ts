import { useTestApp } from '../../../test/harness';
import { invitationListSql } from './invitation-list-sql';

describe("a school's invitation creators, which a search by name starts from", () => {
  const app = useTestApp();

  const found = async (schoolId: string, search: string) => {
    const { text, params } = invitationListSql(schoolId, { first: 20, search }).page;
    const rows: { id: string }[] = await app.db.query(text, params);
    return rows.map((row) => row.id);
  };

  it('are recorded on their first invitation in a school, and follow a rename', async () => {
    const school = await app.seed.school();
    const invitation = await app.seed.invitation(school);
    const [creator] = await app.db.query(
      `SELECT user_id, name FROM invitation_creators WHERE school_id = $1`,
      [school.id],
    );
    expect(creator.user_id).toBe(school.owner.id);

    await app.db.query(`UPDATE users SET name = 'Quillon Varga' WHERE id = $1`, [school.owner.id]);
    expect(await found(school.id, 'quillon')).toEqual([invitation.id]);
    expect(await found(school.id, creator.name)).toEqual([]);
  });
});
