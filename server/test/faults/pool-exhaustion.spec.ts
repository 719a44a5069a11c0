import { Client } from 'pg';
import {
  gql,
  seedSchool,
  startDatabase,
  startServer,
  type Server,
  ONE_ADDRESS_ENV,
} from './cluster';
import { OPERATIONS } from '../operations';

/**
 * 200 concurrent redemptions through 40 invitations whose rows are locked elsewhere, against a
 * pool of 10: each invitation's write holds a pooled connection while it waits (people joining
 * through the same invitation share one), so the rest must wait a bounded time and fail cleanly,
 * /healthz must keep answering, and the server must not crash.
 */
describe('pool exhaustion', () => {
  let db: Awaited<ReturnType<typeof startDatabase>>;
  let server: Server;

  beforeAll(async () => {
    db = await startDatabase();
    server = await startServer(db.url, {
      DATABASE_POOL_SIZE: '10',
      DATABASE_POOL_TIMEOUT_MS: '2000',
      DATABASE_STATEMENT_TIMEOUT_MS: '8000',
      ...ONE_ADDRESS_ENV,
    });
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await db?.stop();
  });

  it('queues with a timeout, keeps /healthz responsive, and recovers', async () => {
    const { owner, schoolId, pupils } = await seedSchool(server.base, 200);
    const invitations: { id: string; code: string }[] = [];
    for (let i = 0; i < 40; i++) {
      const created = await gql(
        server.base,
        OPERATIONS.createInvitation,
        { s: schoolId },
        owner.token,
      );
      invitations.push(created.body.data.createInvitation);
    }

    const locker = new Client({ connectionString: db.url });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('SELECT id FROM invitations WHERE school_id = $1 FOR UPDATE', [schoolId]);

    const started = Date.now();
    const requests = pupils.map((p, i) =>
      gql(server.base, OPERATIONS.redeemByCode, { c: invitations[i % 40]!.code }, p.token).then(
        (r) => ({
          ok: !r.body.errors,
          code: r.body.errors?.[0]?.extensions?.code,
          ms: Date.now() - started,
        }),
        () => ({ ok: false, code: 'NETWORK', ms: Date.now() - started }),
      ),
    );

    await new Promise((r) => setTimeout(r, 500));
    const healthTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = Date.now();
      const health = await fetch(`${server.base}/healthz`);
      healthTimes.push(Date.now() - t);
      expect(health.status).toBe(200);
    }

    await new Promise((r) => setTimeout(r, 2500));
    await locker.query('ROLLBACK');
    await locker.end();
    const results = await Promise.all(requests);
    const succeeded = results.filter((r) => r.ok).length;
    const failed = results.filter((r) => !r.ok);
    console.log(
      `pool exhaustion: ${succeeded} joined, ${failed.length} refused (slowest answer ${Math.max(...results.map((r) => r.ms))} ms), /healthz answered in ${Math.max(...healthTimes)} ms at most`,
    );

    expect(server.child.exitCode).toBeNull();
    expect(Math.max(...healthTimes)).toBeLessThan(1000);
    expect(failed.length).toBeGreaterThan(0);
    expect(
      failed.every((r) => r.code === 'INTERNAL_SERVER_ERROR' || r.code === 'SERVICE_UNAVAILABLE'),
    ).toBe(true);
    expect(Math.max(...results.map((r) => r.ms))).toBeLessThan(15_000);
    expect(succeeded).toBeGreaterThan(0);
    const after = await gql(server.base, `{ me { id } }`, {}, owner.token);
    expect(after.body.data.me.id).toBe(owner.user.id);
  }, 120_000);
});
