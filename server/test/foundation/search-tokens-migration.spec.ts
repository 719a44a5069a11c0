import { SearchTokensByAnyPart1764000600000 } from '../../src/database/migrations/1764000600000-search-tokens-by-any-part';
import { useTestApp } from '../harness';

describe('migration SearchTokensByAnyPart1764000600000', () => {
  const app = useTestApp();

  it('builds the token trigram index outside a transaction, undoes it, and leaves the statement timeout as it was', async () => {
    await app.seed.invitation(await app.seed.school());
    const runner = app.db.createQueryRunner();
    const index = () =>
      runner.query(
        `SELECT i.indisvalid AS valid FROM pg_index i WHERE i.indexrelid = to_regclass('invitations_token_trgm')`,
      );
    const timeout = async () => (await runner.query(`SHOW statement_timeout`))[0].statement_timeout;
    try {
      const migration = new SearchTokensByAnyPart1764000600000();
      const before = await timeout();
      await migration.down(runner);
      expect(await index()).toEqual([]);
      await migration.up(runner);
      expect(await index()).toEqual([{ valid: true }]);
      expect(await timeout()).toBe(before);
    } finally {
      await runner.release();
    }
  });
});
