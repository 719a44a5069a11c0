import {
  gql,
  seedSchool,
  sql,
  startDatabase,
  startServer,
  type Server,
  ONE_ADDRESS_ENV,
} from './cluster';
import { OPERATIONS } from '../operations';

const GENEROUS = {
  ...ONE_ADDRESS_ENV,
  RATE_LIMIT_REDEEM_PER_USER_PER_MINUTE: '100000',
  DATABASE_POOL_TIMEOUT_MS: '2000',
};

interface Outcome {
  at: number;
  ok: boolean;
}

/**
 * Steady load of mixed list and redeem requests at ~50 per second, while PostgreSQL is restarted
 * fast, crashed (immediate), and has every application connection terminated.
 */
describe('database restarts under load', () => {
  let db: Awaited<ReturnType<typeof startDatabase>>;
  let server: Server;

  beforeAll(async () => {
    db = await startDatabase();
    server = await startServer(db.url, GENEROUS);
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await db?.stop();
  });

  it('keeps the server up, reports 503 during outages, recovers within 5 s and loses no acknowledged redemption', async () => {
    const { owner, schoolId, pupils } = await seedSchool(server.base, 300);
    const invitation = (
      await gql(
        server.base,
        `mutation($s: ID!) { createInvitation(input: { schoolId: $s }) { code } }`,
        { s: schoolId },
        owner.token,
      )
    ).body.data.createInvitation;

    const outcomes: Outcome[] = [];
    const health: { at: number; status: number }[] = [];
    const acknowledged: string[] = [];
    let next = 0;
    let running = true;

    const tick = async (i: number) => {
      const at = Date.now();
      try {
        if (i % 2 === 0 && next < pupils.length) {
          const pupil = pupils[next++]!;
          const r = await gql(
            server.base,
            OPERATIONS.redeemByCode,
            { c: invitation.code },
            pupil.token,
          );
          const ok = r.status === 200 && !r.body.errors;
          if (ok) acknowledged.push(pupil.user.id);
          outcomes.push({ at, ok });
        } else {
          const r = await gql(
            server.base,
            `query($s: ID!) { school(id: $s) { invitations(first: 20) { totalCount edges { node { id useCount } } } } }`,
            { s: schoolId },
            owner.token,
          );
          outcomes.push({ at, ok: r.status === 200 && !r.body.errors });
        }
      } catch {
        outcomes.push({ at, ok: false });
      }
    };
    let i = 0;
    const load = setInterval(() => {
      if (running) void tick(i++);
    }, 18);
    const probe = setInterval(() => {
      const at = Date.now();
      fetch(`${server.base}/healthz`, { signal: AbortSignal.timeout(2000) }).then(
        (r) => health.push({ at, status: r.status }),
        () => health.push({ at, status: 0 }),
      );
    }, 100);

    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const report: Record<string, { recoveryMs: number; failed: number; saw503: boolean }> = {};

    const outage = async (name: string, fault: () => Promise<void>) => {
      await pause(1500);
      const start = Date.now();
      await fault();
      const back = Date.now();
      // Recovery: the first successful request that started after the database was back.
      let recovered = 0;
      while (!recovered && Date.now() - back < 10_000) {
        await pause(50);
        recovered = outcomes.find((o) => o.ok && o.at >= back)?.at ?? 0;
      }
      await pause(500);
      report[name] = {
        recoveryMs: recovered ? recovered - back : Infinity,
        failed: outcomes.filter((o) => !o.ok && o.at >= start - 200 && o.at <= (recovered || back))
          .length,
        saw503: health.some((h) => h.at >= start - 100 && h.at <= back + 200 && h.status === 503),
      };
    };

    await outage('pg_ctl restart -m fast', () => db.pg.pgCtl(['restart', '-m', 'fast', '-w']));
    await outage('pg_ctl restart -m immediate', () =>
      db.pg.pgCtl(['restart', '-m', 'immediate', '-w']),
    );
    await outage('pg_terminate_backend on every app connection', async () => {
      await sql(
        db.url,
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE 'school-invites%'`,
      );
    });
    await pause(1000);
    running = false;
    clearInterval(load);
    clearInterval(probe);
    await pause(1500);

    console.log(
      `faults: ${outcomes.length} requests, ${acknowledged.length} acknowledged redemptions`,
      JSON.stringify(report, null, 1),
    );
    expect(server.child.exitCode).toBeNull();
    for (const [name, figures] of Object.entries(report)) {
      expect({ name, recoveredWithin5s: figures.recoveryMs <= 5000 }).toEqual({
        name,
        recoveredWithin5s: true,
      });
    }
    expect(
      report['pg_ctl restart -m fast']!.saw503 || report['pg_ctl restart -m immediate']!.saw503,
    ).toBe(true);

    const mismatched = await sql(
      db.url,
      `SELECT i.id FROM invitations i WHERE i.use_count <> (SELECT count(*) FROM redemptions r WHERE r.invitation_id = i.id)`,
    );
    expect(mismatched).toEqual([]);
    const stored = new Set(
      (await sql<{ user_id: string }>(db.url, `SELECT user_id FROM redemptions`)).map(
        (r) => r.user_id,
      ),
    );
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(50);
  }, 180_000);
});
