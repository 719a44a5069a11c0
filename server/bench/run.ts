import 'reflect-metadata';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { createDataSource } from '../src/database/data-source';
import { ensureDatabaseExists, withDatabaseName } from '../src/database/database';
import { freePort, startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { encodeCursor } from '../src/graphql/pagination';
import { invitationListSql } from '../src/modules/invitations/invitation-list.sql';
import { generateInviteCode } from '@school-invites/shared';
import { closedLoop, fixedRate, type LoadResult, type Request } from './load';
import { seedInvitationsInBulk } from './seed-bulk';

const SIZES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const smoke = process.argv.includes('--smoke');
const sizeName = arg('size', smoke ? '10k' : '1m');
const size = SIZES[sizeName] ?? Number(sizeName);
const seconds = Number(arg('seconds', smoke ? '1' : '5'));
const rounds = Number(arg('rounds', smoke ? '1' : '3'));
const RESULTS = path.resolve(__dirname, '..', '..', '..', 'bench', 'results');
const MAIN = path.resolve(__dirname, '..', '..', '..', 'dist', 'main.js');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const log = (line: string) => process.stdout.write(`${line}\n`);

async function waitHealthy(base: string) {
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${base} did not become healthy`);
}

async function main() {
  const dir = path.join(os.tmpdir(), `si-bench-${sizeName}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({
    pgdata: path.join(dir, 'postgres'),
    settings: { shared_preload_libraries: 'pg_stat_statements', shared_buffers: '512MB', max_wal_size: '4GB' },
  });
  const url = withDatabaseName(pg.url, 'bench');
  await ensureDatabaseExists(url);
  const migrate = createDataSource({ url, poolSize: 1, statementTimeoutMs: 600_000, poolAcquireTimeoutMs: 10_000 });
  await migrate.initialize();
  await migrate.runMigrations({ transaction: 'each' });
  await migrate.destroy();

  const pool = new Pool({ connectionString: url, max: 16 });
  const query = async (text: string, params: unknown[] = []) => (await pool.query(text, params)).rows;
  await query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');

  const seedStart = Date.now();
  const seeded = await seedInvitationsInBulk(query, {
    big: Math.round(size * 0.2),
    spread: size - Math.round(size * 0.2),
    schools: Math.max(10, Math.round(size / 1000)),
    creators: Math.max(20, Math.round(size / 1000)),
    joiners: Math.max(2000, Math.round(size / 20)),
    onProgress: (done, total) => process.stdout.write(`\rseeding ${'#'.repeat(Math.round((30 * done) / total)).padEnd(30, '.')} ${done}/${total}`),
  });
  const seedSeconds = (Date.now() - seedStart) / 1000;
  log(`\nseeded ${size} invitations in ${seedSeconds.toFixed(1)} s`);

  // One admin of the big school to read as, and a hot invitation for a class to join at once.
  const [admin] = await query(`SELECT user_id FROM memberships WHERE school_id = $1 AND role = 'ADMIN' LIMIT 1`, [seeded.bigSchoolId]);
  const [smallAdmin] = await query(`SELECT user_id FROM memberships WHERE school_id = $1 AND role = 'ADMIN' LIMIT 1`, [seeded.smallSchoolId]);
  await query(
    `INSERT INTO sessions (user_id, token_hash, expires_at) VALUES
       ($1, sha256(convert_to('sis_benchadmin', 'UTF8')), now() + interval '1 day'),
       ($2, sha256(convert_to('sis_benchsmalladmin', 'UTF8')), now() + interval '1 day')`,
    [admin.user_id, smallAdmin.user_id],
  );
  // Codes people type carry a check character, so the redeem scenarios use codes generated the
  // way the product generates them (the bulk seed's codes are only shaped like codes).
  let state = 42;
  const random = (max: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31) % max);
  const typed = Array.from({ length: 5001 }, () => generateInviteCode(random));
  const [hot] = await query(
    `INSERT INTO invitations (school_id, token, code, role, created_by, max_uses) VALUES ($1, 'hot-token-0000000000000', $2, 'STUDENT', $3, 100000) RETURNING id, code`,
    [seeded.smallSchoolId, typed[0], admin.user_id],
  );
  await query(
    `INSERT INTO invitations (school_id, token, code, role, created_by)
     SELECT ($1::uuid[])[1 + (i % array_length($1::uuid[], 1))], 'typed-' || i, c, 'STUDENT', $2 FROM unnest($3::text[]) WITH ORDINALITY AS t(c, i)
     ON CONFLICT DO NOTHING`,
    [seeded.schoolIds, admin.user_id, typed.slice(1)],
  );
  const [deep] = await query(`SELECT seq::text FROM invitations WHERE school_id = $1 ORDER BY seq DESC OFFSET $2 LIMIT 1`, [seeded.bigSchoolId, Math.min(100_000, Math.round(size * 0.2) - 100)]);
  const [rare] = await query(`SELECT code FROM invitations WHERE school_id = $1 ORDER BY seq LIMIT 1 OFFSET 7`, [seeded.bigSchoolId]);
  const active = typed.slice(1).map((code) => ({ code }));
  await query('ANALYZE');

  const env = { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn', WEB_DIST_DIR: 'none', RATE_LIMITS_ENABLED: 'false', DATABASE_POOL_SIZE: '16' };
  const graphqlPort = await freePort();
  const barePort = await freePort();
  const product: ChildProcess = spawn(process.execPath, [MAIN], { env: { ...env, PORT: String(graphqlPort) }, stdio: 'inherit' });
  const bare: ChildProcess = fork(path.join(__dirname, 'bare-server.js'), { env: { ...env, PORT: String(barePort) } });
  const graphqlBase = `http://127.0.0.1:${graphqlPort}`;
  const bareBase = `http://127.0.0.1:${barePort}`;
  await waitHealthy(graphqlBase);
  await new Promise((r) => bare.once('message', r));

  const adminToken = 'sis_benchadmin';
  const joiners = Math.max(2000, Math.round(size / 20));
  let joiner = 0;
  const nextJoiner = () => `sis_bench${1 + (joiner++ % joiners)}`;

  const LIST_FIELDS = 'edges { node { id code status createdBy { name } } }';
  const listScenario = (name: string, args: { first: number; search?: string; after?: string }, schoolId = seeded.bigSchoolId, token = adminToken) => ({
    name,
    sql: invitationListSql(schoolId, { first: args.first, search: args.search ?? null, after: args.after ?? null }).page,
    bare: { path: '/list', body: () => ({ payload: JSON.stringify({ schoolId, ...args }), token }) } as Request,
    graphql: {
      path: '/graphql',
      body: () => ({
        payload: JSON.stringify({
          query: `query($s: ID!, $f: Int, $q: String, $a: String) { school(id: $s) { invitations(first: $f, search: $q, after: $a) { ${LIST_FIELDS} } } }`,
          variables: { s: schoolId, f: args.first, q: args.search ?? null, a: args.after ?? null },
        }),
        token,
      }),
    } as Request,
  });
  const redeemBody = (code: () => string, graphql: boolean) => () => {
    const input = { code: code() };
    return {
      payload: graphql ? JSON.stringify({ query: `mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { alreadyMember } }`, variables: { i: input } }) : JSON.stringify(input),
      token: nextJoiner(),
    };
  };
  let pick = 0;
  const randomCode = () => active[(pick = (pick * 7919 + 13) % active.length)]!.code;

  const scenarios = [
    listScenario('list first page (20 rows with creators)', { first: 20 }),
    listScenario('search: rare code', { first: 20, search: rare.code.slice(2, 8) }),
    listScenario('search: common creator name', { first: 20, search: 'creator' }),
    listScenario('search: short term', { first: 20, search: 'ab' }),
    listScenario('search: small school', { first: 20, search: 'label 7' }, seeded.smallSchoolId, 'sis_benchsmalladmin'),
    listScenario('deep page (keyset at depth 100 000)', { first: 20, after: encodeCursor('i', deep.seq) }),
    {
      name: 'redeem: random codes',
      sql: null,
      bare: { path: '/redeem', body: redeemBody(randomCode, false) } as Request,
      graphql: { path: '/graphql', body: redeemBody(randomCode, true) } as Request,
    },
  ];

  async function sqlLoop(statement: { text: string; params: unknown[] }, secs: number): Promise<LoadResult> {
    const latencies: number[] = [];
    const until = Date.now() + secs * 1000;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (Date.now() < until) {
          const t = process.hrtime.bigint();
          await pool.query(statement.text, statement.params);
          latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        }
      }),
    );
    const s = (Date.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return { requests: latencies.length, failures: 0, seconds: s, rps: Math.round(latencies.length / s), p50: latencies[Math.floor(latencies.length / 2)]!, p95: latencies[Math.floor(latencies.length * 0.95)]!, p99: latencies[Math.floor(latencies.length * 0.99)]! };
  }

  const results: Record<string, any> = {};
  for (const scenario of scenarios) {
    const runs: Record<string, LoadResult[]> = { sql: [], bare: [], graphql: [] };
    for (let round = 0; round < rounds; round++) {
      // Interleaved A-B-A-B, so drift on a shared machine hits every layer alike.
      if (scenario.sql) runs.sql!.push(await sqlLoop(scenario.sql, seconds));
      runs.bare!.push(await closedLoop(bareBase, scenario.bare, 16, seconds));
      runs.graphql!.push(await closedLoop(graphqlBase, scenario.graphql, 16, seconds));
    }
    const layer = (rs: LoadResult[]) =>
      rs.length ? { rps: median(rs.map((r) => r.rps)), rpsMin: Math.min(...rs.map((r) => r.rps)), rpsMax: Math.max(...rs.map((r) => r.rps)), p50: median(rs.map((r) => r.p50)), failures: rs.reduce((n, r) => n + r.failures, 0) } : null;
    const summary = { sql: layer(runs.sql!), bare: layer(runs.bare!)!, graphql: layer(runs.graphql!)!, latency: {} as Record<string, LoadResult> };
    const max = summary.graphql.rps;
    for (const share of [0.25, 0.5, 0.75]) {
      summary.latency[`${share * 100}%`] = await fixedRate(graphqlBase, scenario.graphql, Math.max(1, Math.round(max * share)), seconds);
    }
    results[scenario.name] = { ...summary, ratio: Math.round((100 * summary.graphql.rps) / summary.bare.rps) / 100 };
    log(`${scenario.name}: sql ${summary.sql?.rps ?? '-'} rps, bare ${summary.bare.rps} rps, graphql ${summary.graphql.rps} rps (ratio ${results[scenario.name].ratio}), p95 at half load ${summary.latency['50%']!.p95} ms`);
  }

  // One hot code joined by a whole class at once.
  const hotGraphql: Request = { path: '/graphql', body: redeemBody(() => hot.code, true) };
  for (const concurrency of [16, 64]) {
    const r = await closedLoop(graphqlBase, hotGraphql, concurrency, seconds);
    results[`redeem: one hot code, c=${concurrency}`] = { graphql: r };
    log(`redeem one hot code c=${concurrency}: ${r.rps} rps, p99 ${r.p99} ms, ${r.failures} failures`);
  }
  const [counts] = await query(`SELECT use_count, (SELECT count(*)::int FROM redemptions WHERE invitation_id = $1) AS n, max_uses FROM invitations WHERE id = $1`, [hot.id]);
  const [all] = await query(`SELECT count(*)::int AS bad FROM invitations i WHERE use_count <> (SELECT count(*) FROM redemptions r WHERE r.invitation_id = i.id)`);
  results.consistency = { hotUseCount: counts.use_count, hotRedemptions: counts.n, invitationsWithMismatchedCounts: all.bad };

  // SQL statements per list operation, for a page of 20 and of 100 (no N+1 means equal).
  const statementsPer = async (first: number) => {
    await query('SELECT pg_stat_statements_reset()');
    const body = listScenario('count', { first }).graphql.body;
    for (let i = 0; i < 20; i++) await closedLoop(graphqlBase, { path: '/graphql', body }, 1, 0.001);
    // The once-a-minute sliding-session refresh is not part of any one operation.
    const [row] = await query(
      `SELECT sum(calls)::int AS calls FROM pg_stat_statements
        WHERE query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE 'SELECT 1' AND query NOT ILIKE 'UPDATE sessions SET last_seen_at%'`,
    );
    return row.calls / 20;
  };
  results.statementsPerList = { page20: await statementsPer(20), page100: await statementsPer(100) };
  log(`SQL statements per list operation: ${results.statementsPerList.page20} (20 rows), ${results.statementsPerList.page100} (100 rows)`);

  // Plans: a rare term must come from the indexes, not from scanning the large school.
  const rarePlan = invitationListSql(seeded.bigSchoolId, { first: 20, search: rare.code.slice(2, 8) }).page;
  const [explained] = await query(`EXPLAIN (FORMAT JSON) ${rarePlan.text}`, rarePlan.params);
  const scans = (node: { 'Node Type': string; 'Relation Name'?: string; Plans?: unknown[] }): boolean =>
    (node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'invitations') || (node.Plans ?? []).some((child) => scans(child as typeof node));
  results.rareSearchSeqScan = scans(explained['QUERY PLAN'][0].Plan);

  product.kill('SIGTERM');
  bare.kill('SIGTERM');
  await pool.end();
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });

  const meta = { size, seconds, rounds, seedSeconds, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, at: new Date().toISOString() };
  mkdirSync(RESULTS, { recursive: true });
  if (!smoke) writeFileSync(path.join(RESULTS, `${sizeName}.json`), JSON.stringify({ meta, results }, null, 1));
  const rows = Object.entries(results)
    .filter(([, r]) => r.bare)
    .map(([name, r]) => `| ${name} | ${r.sql?.rps ?? '—'} | ${r.bare.rps} (${r.bare.rpsMin}–${r.bare.rpsMax}) | ${r.graphql.rps} (${r.graphql.rpsMin}–${r.graphql.rpsMax}) | ${r.ratio} | ${r.latency['50%'].p50} / ${r.latency['50%'].p95} / ${r.latency['50%'].p99} | ${r.graphql.failures} |`);
  const markdown = [
    `# Benchmark: ${size.toLocaleString('en')} invitations`,
    '',
    `${meta.cpus} cores (${meta.cpu}), ${meta.memoryGiB} GiB, Node ${meta.node}; ${rounds} rounds of ${seconds} s per layer, interleaved; closed loop at 16 clients. Seeded in ${seedSeconds.toFixed(1)} s.`,
    '',
    '| scenario | SQL alone (rps) | bare node:http (rps, min–max) | GraphQL (rps, min–max) | GraphQL ÷ bare | p50 / p95 / p99 ms at half load | GraphQL failures |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ...['redeem: one hot code, c=16', 'redeem: one hot code, c=64'].map((k) => `- ${k}: ${results[k].graphql.rps} redemptions/s, p99 ${results[k].graphql.p99} ms, ${results[k].graphql.failures} failures`),
    `- consistency: hot code use_count ${results.consistency.hotUseCount} = redemptions ${results.consistency.hotRedemptions}; invitations with mismatched counts: ${results.consistency.invitationsWithMismatchedCounts}`,
    `- SQL statements per list operation: ${results.statementsPerList.page20} for 20 rows, ${results.statementsPerList.page100} for 100 rows`,
    '',
  ].join('\n');
  if (!smoke) writeFileSync(path.join(RESULTS, `${sizeName}.md`), markdown);
  log(markdown);

  const problems: string[] = [];
  if (results.rareSearchSeqScan) problems.push('a rare search scans the invitations table');
  if (results.statementsPerList.page20 !== results.statementsPerList.page100) problems.push('statement count grows with page size');
  if (results.consistency.invitationsWithMismatchedCounts !== 0) problems.push('use_count differs from redemptions');
  for (const [name, r] of Object.entries(results)) if (r.graphql?.failures) problems.push(`${name}: ${r.graphql.failures} failed requests`);
  if (problems.length) {
    console.error(`benchmark problems:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
