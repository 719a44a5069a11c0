import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ONE_ADDRESS_ENV, startDatabase, startServer, type Server } from './cluster';
import { startPgBouncer, type Pooler } from './pgbouncer';
import { itHoldsEveryLimitAcross } from './shared-limits';

/**
 * Three instances through PgBouncer in transaction pooling: each transaction may run on any of
 * the pooler's connections, so nothing may rely on a connection's session. PgBouncer 1.18 keeps
 * no prepared statements, so the servers run with DATABASE_NAMED_STATEMENTS=false.
 */
describe('three instances through PgBouncer (transaction pooling)', () => {
  let db: Awaited<ReturnType<typeof startDatabase>>;
  let pooler: Pooler;
  let dir: string;
  let servers: Server[] = [];

  beforeAll(async () => {
    db = await startDatabase();
    dir = mkdtempSync(path.join(os.tmpdir(), 'si-pgbouncer-'));
    chmodSync(dir, 0o755);
    pooler = await startPgBouncer(db.pg, 'school_invites', dir);
    const env = { ...ONE_ADDRESS_ENV, DATABASE_NAMED_STATEMENTS: 'false' };
    servers = await Promise.all([1, 2, 3].map(() => startServer(pooler.url, env)));
  }, 90_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await pooler?.stop();
    await db?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  itHoldsEveryLimitAcross(() => ({ servers, url: db.url }));

  it('served it all through the pooler, and logged no error on any instance', async () => {
    expect(await pooler.transactions()).toBeGreaterThan(500);
    for (const server of servers) expect(server.output()).not.toMatch(/"level":(50|60)/);
  });
});
