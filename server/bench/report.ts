import type { LoadResult } from './load';
import type { SoakResult } from './soak';

export interface ReplicaRun {
  rps: number;
  cpuMsPerOp: number;
  /** PostgreSQL CPU per operation on the primary and on the standby. */
  primaryPgCpuMsPerOp: number;
  replicaPgCpuMsPerOp: number;
}

/** Per scenario: ours reading everything on the primary, and ours with DATABASE_READ_URL. */
export type ReplicaResults = Record<string, { primaryOnly: ReplicaRun; withReplica: ReplicaRun }>;

export interface Layer {
  rps: number;
  rpsMin: number;
  rpsMax: number;
  p50: number;
  /** p95 latency at 16 clients (median of the rounds): how the rung's tail grows with the table. */
  p95?: number;
  failures: number;
  /** The server process's CPU time per operation (median of the rounds); absent for SQL alone. */
  cpuMsPerOp?: number;
  /** PostgreSQL's CPU time (all its processes) per operation, median of the rounds. */
  pgCpuMsPerOp?: number;
  /** Statements PostgreSQL ran per operation, from pg_stat_statements over 20 in a row. */
  statementsPerOperation?: number;
}

export interface LadderResult {
  sql: Layer | null;
  bare: Layer;
  graphql: Layer;
  /** The PostGraphile peer with the product's session and permission check; absent: not comparable. */
  postgraphile?: Layer | null;
  /** The same peer without session or check. */
  postgraphileBare?: Layer | null;
  /** GraphQL ÷ bare throughput, closed loop at 16 clients. */
  ratio: number;
  /** One client at a time: what GraphQL adds to the bare endpoint's median latency. */
  serial: { bareP50: number; graphqlP50: number; addedMs: number };
  /** Fixed arrival rates as shares of the GraphQL maximum. */
  latency: Record<string, LoadResult>;
  statementsPerOperation: number;
}

export interface Meta {
  size: number;
  seconds: number;
  rounds: number;
  soakSeconds: number;
  seedSeconds: number;
  cpus: number;
  cpu?: string;
  memoryGiB: number;
  node: string;
  at: string;
}

export interface Results {
  ladder: Record<string, LadderResult>;
  /** The median round by redemptions per second, with the range over the rounds. */
  hotCode: Record<
    string,
    LoadResult & {
      redemptionsPerSecond: number;
      redemptionsPerSecondMin: number;
      redemptionsPerSecondMax: number;
      p99Max: number;
    }
  >;
  consistency?: {
    hotUseCount: number;
    hotRedemptions: number;
    hotMaxUses: number;
    invitationsWithMismatchedCounts: number;
  };
  statementsPerList?: { page20: number; page100: number };
  /** A class of 64 racing for a code with a small limit. */
  limitHeld?: { maxUses: number; useCount: number; redemptions: number; members: number };
  /** The plans of rare search terms: none may scan the table, and some must use a given index. */
  rareSearchPlans?: Record<
    string,
    { seqScan: boolean; index?: string; usesIndex?: boolean; rowsRead?: number }
  >;
  /** Each server's resident memory after warm-up, before any measured load. */
  idleRssMiB?: Record<string, number>;
  /** Each server's highest resident memory sampled after any measured run of the ladder. */
  loadRssMiB?: Record<string, number>;
  /** Sizes right after seeding, in bytes. */
  invitationsOnDisk?: { tableBytes: number; indexBytes: number; byIndex: Record<string, number> };
  soak?: SoakResult;
  /** With --replica: our reads with and without a streaming standby. */
  replica?: ReplicaResults;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function layer(
  runs: (LoadResult & { cpuMsPerOp?: number; pgCpuMsPerOp?: number })[],
  statementsPerOperation?: number,
): Layer | null {
  if (!runs.length) return null;
  const rps = runs.map((r) => r.rps);
  const medianOf = (pick: (run: (typeof runs)[number]) => number | undefined) => {
    const values = runs.map(pick).filter((ms): ms is number => ms !== undefined);
    return values.length ? median(values) : undefined;
  };
  const cpuMsPerOp = medianOf((r) => r.cpuMsPerOp);
  const pgCpuMsPerOp = medianOf((r) => r.pgCpuMsPerOp);
  return {
    rps: median(rps),
    rpsMin: Math.min(...rps),
    rpsMax: Math.max(...rps),
    p50: median(runs.map((r) => r.p50)),
    p95: median(runs.map((r) => r.p95)),
    failures: runs.reduce((n, r) => n + r.failures, 0),
    ...(cpuMsPerOp !== undefined ? { cpuMsPerOp } : {}),
    ...(pgCpuMsPerOp !== undefined ? { pgCpuMsPerOp } : {}),
    ...(statementsPerOperation !== undefined ? { statementsPerOperation } : {}),
  };
}

/** The rungs of the ladder in the order they are measured, with their names in the report. */
const RUNGS = [
  ['sql', 'SQL alone'],
  ['bare', 'bare node:http'],
  ['postgraphile', 'PostGraphile with session'],
  ['postgraphileBare', 'PostGraphile bare'],
  ['graphql', 'GraphQL (ours)'],
] as const;

const rpsOf = (l: Layer | null | undefined) => (l ? `${l.rps} (${l.rpsMin}–${l.rpsMax})` : '—');

/** Per scenario and rung: what one operation costs the server and PostgreSQL. */
function costRows(results: Results): string[] {
  return Object.entries(results.ladder).flatMap(([name, r]) =>
    RUNGS.flatMap(([key, rung]) => {
      const l = r[key];
      return l
        ? [
            `| ${name} | ${rung} | ${rpsOf(l)} | ${l.p50} / ${l.p95 ?? '—'} | ${l.cpuMsPerOp ?? '—'} | ${l.pgCpuMsPerOp ?? '—'} | ${l.statementsPerOperation ?? '—'} |`,
          ]
        : [];
    }),
  );
}

const PEER_SETUP =
  "The PostGraphile peer is PostGraphile 5 (amber preset) on node:http through grafserv, with a pool as large as ours. From a bench-only schema it exposes a view of the invitations joined to their creator's name, the status as a computed column calling `invitation_status()`, and a PL/pgSQL function `school_invitations(school_id, page_size, before_seq, search)`. The plain list and the deep page come through PostGraphile's own connection over the view (`allInvitations`, a condition on the school, `orderBy: SEQ_DESC`, the deep page after the cursor PostGraphile hands out for its row; smart tags make `seq` unique and not null, so that cursor reads as our `seq <` keyset). A search goes through the function, which builds the statement ours builds (the same search arms over creator name, code and token, each reading the way ours does, the page then joined to its rows and creators) and returns one row beyond the page; PL/pgSQL's EXECUTE plans it on every call, where ours is prepared once per connection and runs its generic plan. Either way a page is one statement: the creator's name is a column, where a relation would cost a second statement (PostGraphile does not join onto the rows of a set-returning function) and a computed column a function call per row. With session, the grafast context callback hands PostgreSQL the SHA-256 of the bearer token as a pgSetting, and the view and the function see only the schools where that live session's user is OWNER or ADMIN (a viewer without the role sees no rows, as under row-level security, where ours answers FORBIDDEN); PostGraphile wraps the statement in begin, set_config and commit. Bare is the same without the check or the pgSetting.";

export function markdown(meta: Meta, results: Results): string {
  const rows = Object.entries(results.ladder).map(([name, r]) => {
    const p95 = ['25%', '50%', '75%'].map((share) => r.latency[share]?.p95).join(' / ');
    const failures =
      r.graphql.failures + Object.values(r.latency).reduce((n, l) => n + l.failures, 0);
    const peer = r.postgraphile ? `${r.postgraphile.rps} / ${r.postgraphileBare?.rps ?? '—'}` : '—';
    return `| ${name} | ${r.sql?.rps ?? '—'} | ${r.bare.rps} (${r.bare.rpsMin}–${r.bare.rpsMax}) | ${peer} | ${r.graphql.rps} (${r.graphql.rpsMin}–${r.graphql.rpsMax}) | ${r.ratio} | ${r.serial.addedMs} | ${r.bare.cpuMsPerOp} / ${r.graphql.cpuMsPerOp} | ${p95} | ${r.latency['50%']?.p99} | ${r.statementsPerOperation} | ${failures} |`;
  });
  const soak = results.soak;
  return [
    `# Benchmark: ${meta.size.toLocaleString('en')} invitations`,
    '',
    `${meta.cpus} cores (${meta.cpu}), ${meta.memoryGiB} GiB, Node ${meta.node}, ${meta.at.slice(0, 10)}. ${meta.rounds} rounds of ${meta.seconds} s per layer, interleaved (SQL, bare, PostGraphile with session, PostGraphile bare, GraphQL, SQL, …); closed loop at 16 clients; medians with min–max. Seeded in ${meta.seedSeconds.toFixed(1)} s.`,
    '',
    '| scenario | SQL alone (rps) | bare node:http (rps, min–max) | PostGraphile with session / bare (rps) | GraphQL (rps, min–max) | GraphQL ÷ bare | added serial latency (ms) | server CPU ms per operation, bare / GraphQL | GraphQL p95 ms at 25 / 50 / 75 % load | p99 ms at 50 % | SQL statements per operation | GraphQL failures |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    'A create + revoke operation is two GraphQL requests (and two bare requests); its rates count operations.',
    '',
    PEER_SETUP,
    '',
    'What one operation costs, per rung (PostgreSQL CPU: all its processes, sampled before and after each run; — where a rung does not apply):',
    '',
    '| scenario | rung | rps (min–max) | p50 / p95 ms at 16 clients | server CPU ms per operation | PostgreSQL CPU ms per operation | SQL statements per operation |',
    '|---|---|---|---|---|---|---|',
    ...costRows(results),
    '',
    ...Object.entries(results.hotCode).map(
      ([k, r]) =>
        `- redeem, one hot code, ${k}: ${r.redemptionsPerSecond} redemptions/s (uses consumed; median of ${meta.rounds} rounds, ${r.redemptionsPerSecondMin}–${r.redemptionsPerSecondMax}), p50 ${r.p50} ms, p99 ${r.p99} ms (worst round ${r.p99Max} ms), ${r.failures} failures`,
    ),
    ...(results.consistency
      ? [
          `- consistency: hot code use_count ${results.consistency.hotUseCount} = redemptions ${results.consistency.hotRedemptions} (limit ${results.consistency.hotMaxUses}); invitations whose use_count differs from their redemptions: ${results.consistency.invitationsWithMismatchedCounts}`,
        ]
      : []),
    ...(results.limitHeld
      ? [
          `- exact limit: a class of 64 raced for a code with ${results.limitHeld.maxUses} uses; use_count ${results.limitHeld.useCount}, redemptions ${results.limitHeld.redemptions}, members joined through it ${results.limitHeld.members}`,
        ]
      : []),
    ...(results.invitationsOnDisk ? [onDisk(results.invitationsOnDisk)] : []),
    ...(results.idleRssMiB
      ? [
          `- resident memory at idle (after warm-up, before load): ${Object.entries(
            results.idleRssMiB,
          )
            .map(([server, mib]) => `${server} ${mib} MiB`)
            .join(', ')}`,
        ]
      : []),
    ...(results.loadRssMiB
      ? [
          `- resident memory under load (the highest sampled after any measured run): ${Object.entries(
            results.loadRssMiB,
          )
            .map(([server, mib]) => `${server} ${mib} MiB`)
            .join(', ')}`,
        ]
      : []),
    ...(results.statementsPerList
      ? [
          `- SQL statements per list operation: ${results.statementsPerList.page20} for 20 rows, ${results.statementsPerList.page100} for 100 rows`,
        ]
      : []),
    ...(soak
      ? [
          `- soak, ${Math.round(soak.seconds)} s of 70 % list/search, 20 % redeem, 10 % create + revoke at ${soak.rate} operations/s (half the measured maximum): p50 ${soak.p50} ms, p95 ${soak.p95} ms, p99 ${soak.p99} ms, ${soak.failures} failures of ${soak.requests}; RSS ${soak.rssAfterWarmupMiB} MiB after ${soak.warmupSeconds} s warm-up, ${soak.rssEndMiB} MiB at the end (growth ${(soak.rssGrowth * 100).toFixed(1)} %, max ${soak.rssMaxMiB} MiB); requests waiting for a pool connection: max ${soak.poolWaitingMax}, in ${(soak.poolWaitingShare * 100).toFixed(1)} % of samples`,
        ]
      : []),
    ...(results.replica ? replicaReport(results.replica) : []),
    '',
  ].join('\n');
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

function onDisk(sizes: NonNullable<Results['invitationsOnDisk']>): string {
  const indexes = Object.entries(sizes.byIndex).map(([name, bytes]) => `${name} ${mib(bytes)}`);
  return `- invitations on disk after seeding: table ${mib(sizes.tableBytes)}, indexes ${mib(sizes.indexBytes)} (${indexes.join(', ')})`;
}

function replicaReport(results: ReplicaResults): string[] {
  const row = (name: string, r: ReplicaRun) =>
    `| ${name} | ${r.rps} | ${r.cpuMsPerOp} | ${r.primaryPgCpuMsPerOp} | ${r.replicaPgCpuMsPerOp} |`;
  return [
    '',
    '## A streaming read replica (DATABASE_READ_URL)',
    '',
    'Ours reading on the primary, and a second instance of ours with a hot standby of the same database (made with a base backup, streaming), in interleaved rounds. Both PostgreSQL servers share these cores, so the point is where the work goes, not more throughput.',
    '',
    '| scenario / server | rps | server CPU ms/op | primary PG CPU ms/op | standby PG CPU ms/op |',
    '|---|---|---|---|---|',
    ...Object.entries(results).flatMap(([scenario, r]) => [
      row(`${scenario}: primary only`, r.primaryOnly),
      row(`${scenario}: with the standby`, r.withReplica),
    ]),
  ];
}
