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

/** What the connection named statements run on has prepared, besides this look-up itself. */
const prepared = async (source: DataSource) =>
  (
    await readRows<{ name: string }>(
      source.manager,
      `SELECT name FROM pg_prepared_statements
        WHERE name LIKE 'si\\_%' AND statement NOT LIKE '%pg_prepared_statements%' ORDER BY name`,
      [],
    )
  ).map((row) => row.name);

const planMode = async (source: DataSource) =>
  (
    await readRows<{ mode: string }>(
      source.manager,
      `SELECT current_setting('plan_cache_mode') AS mode`,
      [],
    )
  )[0]!.mode;

describe('hot-path reads straight through node-postgres', () => {
  const app = useTestApp();

  it('names a statement once per connection, and runs it with its generic plan', async () => {
    const source = await singleConnection(app.url, true);
    try {
      const read = (id: number) =>
        readRows<{ n: number }>(source.manager, 'SELECT $1::int AS n', [id]);
      expect(await read(1)).toEqual([{ n: 1 }]);
      expect(await read(2)).toEqual([{ n: 2 }]);
      expect(await prepared(source)).toHaveLength(1);
      expect(await planMode(source)).toBe('force_generic_plan');
      // The data source's own connections keep PostgreSQL's choice for everything else.
      const [own] = await source.query(`SELECT current_setting('plan_cache_mode') AS mode`);
      expect(own.mode).toBe('auto');
    } finally {
      await source.destroy();
    }
  });

  it('reads timestamps as the data source does, in any session time zone', async () => {
    const source = await singleConnection(app.url, true);
    try {
      const text = `SELECT ts, ts AT TIME ZONE 'UTC' AS utc FROM (VALUES
          ('2026-11-26 07:09:12.123456+00'::timestamptz), ('1999-12-31 23:59:59.9995-03:30'),
          ('0044-03-15 12:00:00+00'), ('infinity'), (NULL)) AS v(ts)`;
      for (const zone of ['UTC', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Chatham']) {
        // SET applies to whichever pooled connection runs it; one connection per pool here.
        await source.query(`SET TIME ZONE '${zone}'`);
        await readRows(source.manager, `SET TIME ZONE '${zone}'`, []);
        expect(await readRows(source.manager, text, [])).toEqual(await source.query(text));
      }
    } finally {
      await source.destroy();
    }
  });

  it('names nothing when turned off (for poolers that cannot keep them)', async () => {
    const source = await singleConnection(app.url, false);
    try {
      expect(await readRows(source.manager, 'SELECT 1 AS one', [])).toEqual([{ one: 1 }]);
      expect(await prepared(source)).toEqual([]);
      expect(await planMode(source)).toBe('auto');
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
