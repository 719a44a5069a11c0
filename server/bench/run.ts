import 'reflect-metadata';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../src/database/embedded-postgres';
import { invitationListSql, type Statement } from '../src/modules/invitations/invitation-list-sql';
import { prepareDatabase, type Query } from './fixtures';
import { closedLoop, fixedRate, poster, type LoadResult, type Operation } from './load';
import { installPeerSchemas, type PeerVariant } from './postgraphile-peer-schema';
import { layer, markdown, type LadderResult, type Layer, type Meta, type Results } from './report';
import { peerCursorAt, scenarios, type Scenario } from './scenarios';
import { rssMiBOf, withCpu, type CpuPerOp } from './process-stats';
import { measureReplica } from './replica-rung';
import { soak } from './soak';
import { committedResults, growthAgainst, rowsRead } from './guards';

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
const soakSeconds = Math.max(3, Number(arg('soak-seconds', smoke ? '5' : '600')));
/** Runs only the parts whose names contain one of these comma-separated terms (and writes no result files). */
const only = arg('only', '');
/** Writes the results as results/<name>.md and .json even for a partial run (--only). */
const out = arg('out', '');
/** Writes V8 CPU profiles of every server here (open them in Chrome's DevTools). */
const profileDir = arg('profile', '');
const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : [];
/** Also measures our list and searches with a streaming standby (DATABASE_READ_URL). */
const withReplica = process.argv.includes('--replica');
const wanted = (name: string) => !only || only.split(',').some((term) => name.includes(term));
const RESULTS = path.resolve(__dirname, '..', '..', '..', 'bench', 'results');
const MAIN = path.resolve(__dirname, '..', '..', '..', 'dist', 'main.js');
const CONCURRENCY = 16;
/** The committed run whose statement counts every run must not exceed (they do not depend on size). */
const REFERENCE_RUN = '100k-peer';
/** Rows a rare search may read from invitations: its few matches and index rechecks, never a school. */
const RARE_SEARCH_MAX_ROWS = 200;

const log = (line: string) => process.stdout.write(`${line}\n`);

async function waitHealthy(base: string) {
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${base} did not become healthy`);
}

/**
 * The physical limit: the statement alone from a pool in this process, 16 at a time, prepared
 * and planned once per connection as the product runs it.
 */
function sqlAlone(query: Query, statement: Statement): Operation {
  return async () => {
    await query(statement.text, statement.params);
    return true;
  };
}

/** The plan the product runs `statement` with: prepared, generic, executed once (EXPLAIN ANALYZE). */
async function explainPrepared(url: string, statement: Statement): Promise<unknown> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SET plan_cache_mode = force_generic_plan');
    await client.query(`PREPARE page AS ${statement.text}`);
    const values = statement.params.map((value) => client.escapeLiteral(String(value)));
    const { rows } = await client.query(
      `EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE page(${values.join(', ')})`,
    );
    return rows[0]['QUERY PLAN'][0].Plan;
  } finally {
    await client.end();
  }
}

/** Statements PostgreSQL ran per operation, averaged over 20 operations one after another. */
async function statementsPer(query: Query, base: string, operation: Operation): Promise<number> {
  await query('SELECT pg_stat_statements_reset()');
  const post = poster(base);
  for (let i = 0; i < 20; i++) {
    if (!(await operation(post)))
      throw new Error('an operation failed while its statements were counted');
  }
  // The once-a-minute sliding-session refresh is not part of any one operation.
  const [row] = await query(
    `SELECT coalesce(sum(calls), 0)::int AS calls FROM pg_stat_statements
      WHERE query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE 'SELECT 1' AND query NOT ILIKE 'UPDATE sessions SET last_seen_at%'`,
  );
  return Math.round((row.calls / 20) * 10) / 10;
}

async function main() {
  const f = await prepareDatabase(sizeName, size, log);
  // As deployed, rate limits included; only the cap on invitations a school creates per hour is
  // raised, since create + revoke runs thousands of times in a few seconds.
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: f.url,
    LOG_LEVEL: 'warn',
    WEB_DIST_DIR: 'none',
    RATE_LIMIT_INVITATIONS_PER_SCHOOL_PER_HOUR: '1000000',
  };
  const graphqlPort = await freePort();
  const barePort = await freePort();
  const product = spawn(process.execPath, [...profiling, MAIN], {
    env: { ...env, PORT: String(graphqlPort) },
    stdio: 'inherit',
  });
  const bare = fork(path.join(__dirname, 'bare-server.js'), {
    execArgv: profiling,
    env: { ...env, PORT: String(barePort) },
  });
  const servers: ChildProcess[] = [product, bare];
  // A run that fails (a peer answering other rows, say) must not leave its servers running.
  process.once('exit', () => servers.forEach((server) => server.kill('SIGTERM')));
  // PostGraphile reads its schema at start, so the peer's functions must exist first.
  await installPeerSchemas(f.query);
  const startPeer = async (variant: PeerVariant) => {
    const port = await freePort();
    const peer = fork(path.join(__dirname, 'postgraphile-peer.js'), {
      execArgv: profiling,
      env: { ...env, PORT: String(port), PEER_VARIANT: variant, GRAPHILE_ENV: 'production' },
    });
    servers.push(peer);
    return { process: peer, base: `http://127.0.0.1:${port}` };
  };
  const peer = await startPeer('session');
  const peerBare = await startPeer('bare');
  const graphqlBase = `http://127.0.0.1:${graphqlPort}`;
  const bareBase = `http://127.0.0.1:${barePort}`;
  await waitHealthy(graphqlBase);
  await Promise.all(
    [bare, peer.process, peerBare.process].map(
      (child) => new Promise((r) => child.once('message', r)),
    ),
  );
  const { ladder, listOperation, hotCode, limitedCode, mixed } = scenarios(f, {
    deep: await peerCursorAt(poster(peer.base), f, f.deepSeq),
  });
  const results: Results = { ladder: {}, hotCode: {} };
  /** CPU of the server (none for SQL alone) and of PostgreSQL while `work` runs. */
  const measured = <T extends LoadResult>(server: number | null, work: () => Promise<T>) =>
    withCpu({ server, postmaster: f.postmasterPid }, work);
  const serverNames = new Map<number, string>([
    [product.pid!, 'GraphQL (ours)'],
    [bare.pid!, 'bare node:http'],
    [peer.process.pid!, 'PostGraphile with session'],
    [peerBare.process.pid!, 'PostGraphile bare'],
  ]);
  const loadRssMiB: Record<string, number> = {};
  /** Keeps each server's highest resident memory seen right after one of its measured runs. */
  const notePeakRss = (pid: number) => {
    const name = serverNames.get(pid)!;
    loadRssMiB[name] = Math.max(loadRssMiB[name] ?? 0, rssMiBOf(pid));
  };

  // A rare term must come from the indexes, not from scanning the large school. Checked on the
  // freshly vacuumed and analysed seed, before the load's writes move the statistics of a small
  // table. A piece of a link must use the token trigram index. Run for real (EXPLAIN ANALYZE), a
  // rare term may read only a bounded number of invitation rows, in any kind of scan: a bitmap
  // scan over the whole large school is as wrong as a sequential one.
  type PlanNode = {
    'Node Type': string;
    'Relation Name'?: string;
    'Index Name'?: string;
    Plans?: PlanNode[];
  };
  const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];
  results.rareSearchPlans = {};
  for (const [name, search, index] of [
    ['rare code', f.rareCode.slice(2, 8), null],
    ['middle of a link', f.rareTokenPiece, 'invitations_token_trgm'],
  ] as const) {
    const page = invitationListSql(f.bigSchoolId, { first: 20, search }).page;
    const root = (await explainPrepared(f.url, page)) as PlanNode;
    const plan = nodes(root);
    results.rareSearchPlans[name] = {
      rowsRead: rowsRead(root, 'invitations'),
      seqScan: plan.some(
        (node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'invitations',
      ),
      ...(index ? { index, usesIndex: plan.some((node) => node['Index Name'] === index) } : {}),
    };
  }
  results.invitationsOnDisk = await invitationsOnDisk(f.query);

  const runLadder = async (scenario: Scenario): Promise<LadderResult> => {
    const sql = scenario.sql && sqlAlone(f.prepared, scenario.sql);
    // Each rung's server, where it answers, and its operation; absent where it does not apply.
    const rungs = {
      sql: sql ? { server: null, base: graphqlBase, operation: sql } : null,
      bare: { server: bare.pid!, base: bareBase, operation: scenario.bare },
      postgraphile: scenario.peer
        ? { server: peer.process.pid!, base: peer.base, operation: scenario.peer }
        : null,
      postgraphileBare: scenario.peer
        ? { server: peerBare.process.pid!, base: peerBare.base, operation: scenario.peer }
        : null,
      graphql: { server: product.pid!, base: graphqlBase, operation: scenario.graphql },
    };
    type Rung = keyof typeof rungs;
    const names = Object.keys(rungs) as Rung[];
    const runs: Record<Rung, (LoadResult & CpuPerOp)[]> = {
      sql: [],
      bare: [],
      postgraphile: [],
      postgraphileBare: [],
      graphql: [],
    };
    for (let round = 0; round < rounds; round++) {
      // Interleaved A-B-A-B, so drift on a shared machine hits every layer alike.
      for (const name of names) {
        const rung = rungs[name];
        if (rung)
          runs[name].push(
            await measured(rung.server, () =>
              closedLoop(rung.base, rung.operation, CONCURRENCY, seconds),
            ),
          );
        if (rung?.server) notePeakRss(rung.server);
      }
    }
    const layers = {} as Record<Rung, ReturnType<typeof layer>>;
    for (const name of names) {
      const rung = rungs[name];
      layers[name] = rung
        ? layer(runs[name], await statementsPer(f.query, rung.base, rung.operation))
        : null;
    }
    const bareSerial = await closedLoop(bareBase, scenario.bare, 1, seconds);
    const graphqlSerial = await closedLoop(graphqlBase, scenario.graphql, 1, seconds);
    const graphql = layers.graphql!;
    const latency: Record<string, LoadResult> = {};
    for (const share of [0.25, 0.5, 0.75]) {
      latency[`${share * 100}%`] = await fixedRate(
        graphqlBase,
        scenario.graphql,
        Math.max(1, Math.round(graphql.rps * share)),
        seconds,
      );
    }
    const bareLayer = layers.bare!;
    return {
      sql: layers.sql,
      bare: bareLayer,
      graphql,
      ...(scenario.peer
        ? { postgraphile: layers.postgraphile, postgraphileBare: layers.postgraphileBare }
        : {}),
      ratio: Math.round((100 * graphql.rps) / bareLayer.rps) / 100,
      serial: {
        bareP50: bareSerial.p50,
        graphqlP50: graphqlSerial.p50,
        addedMs: Math.round((graphqlSerial.p50 - bareSerial.p50) * 100) / 100,
      },
      latency,
      statementsPerOperation: graphql.statementsPerOperation!,
    };
  };

  const measuredScenarios = ladder.filter((s) => wanted(s.name));
  await sameRowsAsPeers(measuredScenarios, graphqlBase, [peer.base, peerBare.base]);
  // Every server warms up (JIT, pools, plans) on every scenario before anything is measured; all
  // at once, since nothing is measured yet.
  const warmUp = Math.min(2, seconds);
  for (const scenario of measuredScenarios) {
    await Promise.all([
      closedLoop(bareBase, scenario.bare, CONCURRENCY, warmUp),
      ...(scenario.peer
        ? [peer.base, peerBare.base].map((base) =>
            closedLoop(base, scenario.peer!, CONCURRENCY, warmUp),
          )
        : []),
      closedLoop(graphqlBase, scenario.graphql, CONCURRENCY, warmUp),
    ]);
  }
  results.idleRssMiB = {
    'GraphQL (ours)': rssMiBOf(product.pid!),
    'bare node:http': rssMiBOf(bare.pid!),
    'PostGraphile with session': rssMiBOf(peer.process.pid!),
    'PostGraphile bare': rssMiBOf(peerBare.process.pid!),
  };
  log(
    `RSS at idle: ${Object.entries(results.idleRssMiB)
      .map(([server, mib]) => `${server} ${mib} MiB`)
      .join(', ')}`,
  );
  for (const scenario of measuredScenarios) {
    const r = (results.ladder[scenario.name] = await runLadder(scenario));
    const cost = (l: Layer | null | undefined) =>
      l
        ? `${l.rps} ops/s, CPU/op ${l.cpuMsPerOp ?? '-'} ms, PG CPU/op ${l.pgCpuMsPerOp} ms, ${l.statementsPerOperation} statements`
        : '-';
    log(
      `${scenario.name}: sql ${cost(r.sql)}; bare ${cost(r.bare)}; postgraphile ${cost(r.postgraphile)}; postgraphile bare ${cost(r.postgraphileBare)}; graphql ${cost(r.graphql)} (ratio ${r.ratio}); +${r.serial.addedMs} ms serial; p95 at half load ${r.latency['50%']!.p95} ms`,
    );
  }
  if (measuredScenarios.length) results.loadRssMiB = loadRssMiB;

  if (withReplica) {
    results.replica = await measureReplica({
      primary: f.pg,
      dir: f.dir,
      env,
      main: MAIN,
      ours: { base: graphqlBase, pid: product.pid! },
      scenarios: measuredScenarios.filter((scenario) => scenario.peer),
      rounds,
      seconds,
      concurrency: CONCURRENCY,
      waitHealthy,
    });
    for (const [name, r] of Object.entries(results.replica))
      log(
        `${name}: primary only ${r.primaryOnly.rps} ops/s; with the standby ${r.withReplica.rps} ops/s, primary PG CPU/op ${r.primaryOnly.primaryPgCpuMsPerOp} -> ${r.withReplica.primaryPgCpuMsPerOp} ms, standby ${r.withReplica.replicaPgCpuMsPerOp} ms`,
      );
  }

  if (wanted('redeem: one hot code')) {
    // A whole class joins through one code at once.
    // Redemptions per second count the uses actually consumed, not just answers; rounds alternate
    // the two class sizes and the median round is reported, as for the ladder.
    const uses = async () =>
      (await f.query(`SELECT use_count FROM invitations WHERE id = $1`, [f.hot.id]))[0]
        .use_count as number;
    const runs: Record<number, (LoadResult & { redemptionsPerSecond: number })[]> = {
      16: [],
      64: [],
    };
    for (let round = 0; round < rounds; round++) {
      for (const concurrency of [16, 64]) {
        const before = await uses();
        const r = await closedLoop(graphqlBase, hotCode, concurrency, seconds);
        runs[concurrency]!.push({
          ...r,
          redemptionsPerSecond: Math.round(((await uses()) - before) / r.seconds),
        });
      }
    }
    for (const concurrency of [16, 64]) {
      const sorted = [...runs[concurrency]!].sort(
        (a, b) => a.redemptionsPerSecond - b.redemptionsPerSecond,
      );
      const r = (results.hotCode[`c=${concurrency}`] = {
        ...sorted[Math.floor(sorted.length / 2)]!,
        redemptionsPerSecondMin: sorted[0]!.redemptionsPerSecond,
        redemptionsPerSecondMax: sorted.at(-1)!.redemptionsPerSecond,
        p99Max: Math.max(...sorted.map((run) => run.p99)),
        failures: sorted.reduce((n, run) => n + run.failures, 0),
      });
      log(
        `redeem one hot code c=${concurrency}: ${r.redemptionsPerSecond} redemptions/s (${r.redemptionsPerSecondMin}–${r.redemptionsPerSecondMax}), p99 ${r.p99} ms, ${r.failures} failures`,
      );
    }
  }

  if (wanted('soak')) {
    const max = await closedLoop(graphqlBase, mixed, CONCURRENCY, seconds);
    const rate = Math.max(1, Math.round(max.rps / 2));
    log(`soak: mixed maximum ${max.rps} ops/s; ${soakSeconds} s at ${rate} ops/s`);
    results.soak = await soak(graphqlBase, product.pid!, mixed, rate, soakSeconds);
    log(
      `soak: p99 ${results.soak.p99} ms, ${results.soak.failures} failures, RSS growth ${(results.soak.rssGrowth * 100).toFixed(1)} %, pool waiting max ${results.soak.poolWaitingMax}`,
    );
  }

  if (wanted('exact limit')) {
    // A class of 64 races for a code with 300 uses: exactly 300 join, everyone else is told it is
    // used up (so those answers are expected errors here). Last, since those refusals count against
    // the per-address attempt limit that every request of the benchmark shares.
    // Until every use is taken (a bounded number of bursts), so the check is of exactness, not
    // of how many joins a slow machine fits into one burst.
    for (let burst = 0; burst < 10; burst++) {
      await closedLoop(graphqlBase, limitedCode, 64, Math.max(1, seconds));
      const [taken] = await f.query(`SELECT use_count FROM invitations WHERE id = $1`, [
        f.limited.id,
      ]);
      if (taken.use_count >= f.limited.max_uses) break;
    }
    const [held] = await f.query(
      `SELECT use_count, (SELECT count(*)::int FROM redemptions WHERE invitation_id = $1) AS redemptions,
              (SELECT count(*)::int FROM memberships WHERE invitation_id = $1) AS members FROM invitations WHERE id = $1`,
      [f.limited.id],
    );
    results.limitHeld = {
      maxUses: f.limited.max_uses,
      useCount: held.use_count,
      redemptions: held.redemptions,
      members: held.members,
    };
    log(
      `limit ${f.limited.max_uses}: use_count ${held.use_count}, redemptions ${held.redemptions}, members ${held.members}`,
    );
  }

  const [counts] = await f.query(
    `SELECT use_count, max_uses, (SELECT count(*)::int FROM redemptions WHERE invitation_id = $1) AS n FROM invitations WHERE id = $1`,
    [f.hot.id],
  );
  const [all] = await f.query(
    `SELECT count(*)::int AS bad FROM invitations i WHERE use_count <> (SELECT count(*) FROM redemptions r WHERE r.invitation_id = i.id)`,
  );
  results.consistency = {
    hotUseCount: counts.use_count,
    hotRedemptions: counts.n,
    hotMaxUses: counts.max_uses,
    invitationsWithMismatchedCounts: all.bad,
  };

  // No N+1: a page of 100 costs the same statements as a page of 20.
  results.statementsPerList = {
    page20: await statementsPer(f.query, graphqlBase, listOperation(20)),
    page100: await statementsPer(f.query, graphqlBase, listOperation(100)),
  };

  for (const server of servers) server.kill('SIGTERM');
  await Promise.all(servers.map((server) => new Promise((r) => server.once('exit', r))));
  await f.close();

  const meta: Meta = {
    size,
    seconds,
    rounds,
    soakSeconds,
    seedSeconds: f.seedSeconds,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    at: new Date().toISOString(),
  };
  const report = markdown(meta, results);
  if (!smoke && (!only || out)) {
    const name = out || sizeName;
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(path.join(RESULTS, `${name}.json`), JSON.stringify({ meta, results }, null, 1));
    writeFileSync(path.join(RESULTS, `${name}.md`), report);
  }
  log(report);

  const problems = [
    ...regressions(results),
    ...growthAgainst(
      committedResults(path.join(RESULTS, `${REFERENCE_RUN}.json`)),
      committedResults(path.join(RESULTS, `${sizeName}.json`)),
      results,
    ),
  ];
  if (problems.length) {
    console.error(`benchmark problems:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  process.exit(0);
}

/**
 * The peer must serve the same rows in the same order as ours, or comparing them says nothing:
 * the ids of each page from ours and from every peer, once, before anything is measured.
 */
async function sameRowsAsPeers(ladder: Scenario[], graphqlBase: string, peerBases: string[]) {
  for (const scenario of ladder) {
    if (!scenario.pageIds) continue;
    const ours = await scenario.pageIds.graphql(poster(graphqlBase));
    for (const base of peerBases) {
      const theirs = await scenario.pageIds.peer(poster(base));
      if (ours.join() !== theirs.join())
        throw new Error(
          `${scenario.name}: the PostGraphile peer at ${base} answers other rows than ours (${theirs.length} vs ${ours.length})`,
        );
    }
  }
}

/** The seeded table beside each of its indexes: what an index costs in disk and cache. */
async function invitationsOnDisk(query: Query): Promise<NonNullable<Results['invitationsOnDisk']>> {
  const [sizes] = await query(
    `SELECT pg_relation_size('invitations') AS table_bytes, pg_indexes_size('invitations') AS index_bytes`,
  );
  const indexes = await query(
    `SELECT indexrelid::regclass::text AS name, pg_relation_size(indexrelid) AS bytes
       FROM pg_index WHERE indrelid = 'invitations'::regclass ORDER BY bytes DESC, name`,
  );
  return {
    tableBytes: Number(sizes.table_bytes),
    indexBytes: Number(sizes.index_bytes),
    byIndex: Object.fromEntries(
      indexes.map((index) => [index.name as string, Number(index.bytes)]),
    ),
  };
}

/** What fails the run (and CI's smoke run): plans and counts, never absolute speed. */
function regressions(results: Results): string[] {
  const problems: string[] = [];
  for (const [name, plan] of Object.entries(results.rareSearchPlans ?? {})) {
    if (plan.seqScan) problems.push(`a rare search (${name}) scans the invitations table`);
    if ((plan.rowsRead ?? 0) > RARE_SEARCH_MAX_ROWS)
      problems.push(
        `a rare search (${name}) reads ${plan.rowsRead} invitation rows (at most ${RARE_SEARCH_MAX_ROWS})`,
      );
    if (plan.index && !plan.usesIndex)
      problems.push(`a rare search (${name}) does not use ${plan.index}`);
  }
  const list = results.statementsPerList!;
  if (list.page20 !== list.page100)
    problems.push(
      `statement count grows with page size (${list.page20} for 20 rows, ${list.page100} for 100)`,
    );
  if (list.page20 > 3) problems.push(`a list costs ${list.page20} statements (at most 3)`);
  const limit = results.limitHeld;
  if (
    limit &&
    !(
      limit.useCount === limit.maxUses &&
      limit.redemptions === limit.maxUses &&
      limit.members === limit.maxUses
    )
  ) {
    problems.push(`the limit of ${limit.maxUses} was not held exactly (${JSON.stringify(limit)})`);
  }
  const c = results.consistency!;
  if (c.invitationsWithMismatchedCounts !== 0 || c.hotUseCount !== c.hotRedemptions)
    problems.push('use_count differs from redemptions');
  for (const [name, r] of Object.entries(results.ladder)) {
    const failures =
      r.graphql.failures +
      r.bare.failures +
      (r.postgraphile?.failures ?? 0) +
      (r.postgraphileBare?.failures ?? 0) +
      Object.values(r.latency).reduce((n, l) => n + l.failures, 0);
    if (failures) problems.push(`${name}: ${failures} failed operations`);
  }
  for (const [name, r] of Object.entries(results.hotCode))
    if (r.failures) problems.push(`hot code ${name}: ${r.failures} failed redemptions`);
  if (results.soak?.failures) problems.push(`soak: ${results.soak.failures} failed operations`);
  return problems;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
