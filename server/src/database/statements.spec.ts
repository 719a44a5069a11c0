import type { DataSource } from 'typeorm';
import { useTestApp } from '../../test/harness';
import { createDataSource } from './data-source';
import { readRows } from './statements';

/** One connection, so what it has prepared can be read back through it. */
async function singleConnection(url: string, namedStatements: boolean): Promise<DataSource> {
  const source = createDataSource({
    url,
    poolSize: 1,
    statementTimeoutMs: 5000,
    poolAcquireTimeoutMs: 5000,
    namedStatements,
  });
  return source.initialize();
}

const prepared = async (source: DataSource) =>
  (
    await readRows<{ name: string }>(
      source.manager,
      `SELECT name FROM pg_prepared_statements WHERE name LIKE 'si\\_%' ORDER BY name`,
      [],
      { planPerValues: true },
    )
  ).map((row) => row.name);

describe('hot-path reads straight through node-postgres', () => {
  const app = useTestApp();

  it('names a statement once per connection, and not when the values decide its plan', async () => {
    const source = await singleConnection(app.url, true);
    try {
      const read = (id: number) =>
        readRows<{ n: number }>(source.manager, 'SELECT $1::int AS n', [id]);
      expect(await read(1)).toEqual([{ n: 1 }]);
      expect(await read(2)).toEqual([{ n: 2 }]);
      expect(await prepared(source)).toHaveLength(1);
      await readRows(source.manager, 'SELECT $1::text AS term', ['%ab%'], { planPerValues: true });
      expect(await prepared(source)).toHaveLength(1);
    } finally {
      await source.destroy();
    }
  });

  it('names nothing when turned off (for poolers that cannot keep them)', async () => {
    const source = await singleConnection(app.url, false);
    try {
      expect(await readRows(source.manager, 'SELECT 1 AS one', [])).toEqual([{ one: 1 }]);
      expect(await prepared(source)).toEqual([]);
    } finally {
      await source.destroy();
    }
  });

  it('inside a transaction reads through it, seeing what it wrote', async () => {
    const user = await app.seed.user();
    await app.db
      .transaction(async (tx) => {
        await tx.query(`UPDATE users SET name = 'Renamed in tx' WHERE id = $1`, [user.id]);
        const [row] = await readRows<{ name: string }>(tx, `SELECT name FROM users WHERE id = $1`, [
          user.id,
        ]);
        expect(row!.name).toBe('Renamed in tx');
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    const [after] = await readRows<{ name: string }>(
      app.db.manager,
      `SELECT name FROM users WHERE id = $1`,
      [user.id],
    );
    expect(after!.name).not.toBe('Renamed in tx');
  });

  it('tells the data source logger of every statement it runs', async () => {
    app.statements.reset();
    await readRows(app.db.manager, 'SELECT 1 AS one', []);
    expect(app.statements.statements).toEqual(['SELECT 1 AS one']);
  });
});
