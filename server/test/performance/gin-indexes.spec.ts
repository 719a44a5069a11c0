import { useTestApp } from '../harness';

describe('trigram indexes', () => {
  const app = useTestApp();

  it('take every write directly, so no search reads a pending list', async () => {
    const indexes: { name: string; options: string[] | null }[] = await app.db.query(
      `SELECT c.relname AS name, c.reloptions AS options
         FROM pg_class c JOIN pg_am am ON am.oid = c.relam
        WHERE am.amname = 'gin' AND c.relnamespace = 'public'::regnamespace
        ORDER BY c.relname`,
    );
    expect(indexes.map((index) => index.name)).toEqual(
      expect.arrayContaining([
        'invitations_code_trgm',
        'invitations_token_trgm',
        'users_name_trgm',
      ]),
    );
    expect(
      indexes.filter((index) => !index.options?.includes('fastupdate=off')).map((i) => i.name),
    ).toEqual([]);
  });
});
