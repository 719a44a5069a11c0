import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MIGRATIONS } from '../../src/database/data-source';
import { useTestApp } from '../harness';

const DATABASE = path.resolve(__dirname, '..', '..', 'src', 'database');
const MIGRATIONS_DIR = path.join(DATABASE, 'migrations');
const SQL_DIR = path.join(DATABASE, 'sql');

describe('migrations are history', () => {
  const files = readdirSync(MIGRATIONS_DIR).filter((file) => file.endsWith('.ts'));
  const manifest = new Map(
    readFileSync(path.join(MIGRATIONS_DIR, 'migrations.sha256'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/).reverse() as [string, string]),
  );

  it('never edits a migration once written: each matches the hash recorded when it was added', () => {
    const drift = files
      .filter((file) => manifest.has(file))
      .filter(
        (file) =>
          createHash('sha256')
            .update(readFileSync(path.join(MIGRATIONS_DIR, file)))
            .digest('hex') !== manifest.get(file),
      );
    expect({
      edited: drift,
      hint: 'write a new migration instead; committed ones are history',
    }).toEqual({
      edited: [],
      hint: expect.any(String),
    });
  });

  it('records every migration, and only existing ones, in migrations.sha256', () => {
    const unrecorded = files.filter((file) => !manifest.has(file));
    expect({
      unrecorded,
      hint: 'cd server/src/database/migrations && sha256sum <file> >> migrations.sha256',
    }).toEqual({
      unrecorded: [],
      hint: expect.any(String),
    });
    expect([...manifest.keys()].filter((file) => !files.includes(file))).toEqual([]);
  });

  it('runs every migration file, in the order of their timestamps', () => {
    const names = MIGRATIONS.map((migration) => new migration().name);
    const fromFiles = files.map((file) => {
      const [, stamp, kebab] = /^(\d+)-(.+)\.ts$/.exec(file)!;
      return `${kebab!.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}${stamp}`;
    });
    expect(names).toEqual([...fromFiles].sort((a, b) => a.slice(-13).localeCompare(b.slice(-13))));
  });
});

/**
 * `src/database/sql/` holds the current definition of every function and trigger, where a reader
 * finds them without replaying the migrations. Proof that it is current: dropping them all from
 * the migrated database and running those files gives back exactly what the migrations made.
 */
describe('src/database/sql holds every function and trigger as the migrations leave them', () => {
  const app = useTestApp();

  const snapshot = async (query: (sql: string) => Promise<unknown[]>) => ({
    functions: await query(`
      SELECT p.proname AS name, pg_get_function_identity_arguments(p.oid) AS arguments, pg_get_function_result(p.oid) AS result,
             btrim(regexp_replace(p.prosrc, '\\s+', ' ', 'g')) AS body
        FROM pg_proc p
       WHERE p.pronamespace = 'public'::regnamespace
         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
       ORDER BY 1, 2`),
    triggers: await query(`
      SELECT t.tgname AS name, pg_get_triggerdef(t.oid) AS definition
        FROM pg_trigger t WHERE NOT t.tgisinternal ORDER BY 1`),
    views: await query(`
      SELECT viewname AS name, definition FROM pg_views WHERE schemaname = 'public' ORDER BY 1`),
  });

  it('gives back the same definitions when the database is rebuilt from the files alone', async () => {
    const migrated = await snapshot((sql) => app.db.query(sql));
    expect(migrated.functions.length).toBeGreaterThan(0);
    const runner = app.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      for (const view of migrated.views as { name: string }[])
        await runner.query(`DROP VIEW "${view.name}" CASCADE`);
      for (const fn of migrated.functions as { name: string; arguments: string }[]) {
        await runner.query(`DROP FUNCTION IF EXISTS "${fn.name}"(${fn.arguments}) CASCADE`);
      }
      for (const file of readdirSync(SQL_DIR)
        .filter((f) => f.endsWith('.sql'))
        .sort()) {
        await runner.query(readFileSync(path.join(SQL_DIR, file), 'utf8'));
      }
      const rebuilt = await snapshot((sql) => runner.query(sql));
      expect(rebuilt).toEqual(migrated);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
