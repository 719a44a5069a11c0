import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withDatabaseName } from '../src/database/database';
import { freePort, type EmbeddedPostgres } from '../src/database/embedded-postgres';
import { startEmbeddedReplica } from '../src/database/embedded-replica';
import { closedLoop } from './load';
import { childrenCpuMsOf, cpuMsOf } from './process-stats';
import type { Scenario } from './scenarios';

export interface ReplicaRun {
  rps: number;
  cpuMsPerOp: number;
  /** PostgreSQL CPU per operation on the primary and on the standby. */
  primaryPgCpuMsPerOp: number;
  replicaPgCpuMsPerOp: number;
}

/** Per scenario: ours reading everything on the primary, and ours with DATABASE_READ_URL. */
export type ReplicaResults = Record<string, { primaryOnly: ReplicaRun; withReplica: ReplicaRun }>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const perOp = (ms: number, ops: number) => Math.round((ms / Math.max(1, ops)) * 1000) / 1000;
const postmasterOf = (pg: EmbeddedPostgres) =>
  Number(readFileSync(path.join(pg.pgdata, 'postmaster.pid'), 'utf8').split('\n')[0]);

/**
 * What a streaming standby changes for reads here: our server as measured, and a second one
 * with DATABASE_READ_URL on a standby of the same database, in interleaved rounds. On two cores
 * the standby competes with the primary for the same CPU, so this shows where the work goes (off
 * the primary) and that routing is right, not the throughput more machines would give.
 */
export async function measureReplica(options: {
  primary: EmbeddedPostgres;
  dir: string;
  env: NodeJS.ProcessEnv;
  main: string;
  ours: { base: string; pid: number };
  scenarios: Scenario[];
  rounds: number;
  seconds: number;
  concurrency: number;
  waitHealthy(base: string): Promise<void>;
}): Promise<ReplicaResults> {
  const standby = await startEmbeddedReplica(options.primary, path.join(options.dir, 'standby'));
  const port = await freePort();
  const reading = spawn(process.execPath, [options.main], {
    env: {
      ...options.env,
      PORT: String(port),
      DATABASE_READ_URL: withDatabaseName(standby.url, 'bench'),
    },
    stdio: 'inherit',
  });
  try {
    const withReplica = { base: `http://127.0.0.1:${port}`, pid: reading.pid! };
    await options.waitHealthy(withReplica.base);
    const postmasters = { primary: postmasterOf(options.primary), replica: postmasterOf(standby) };
    const run = async (server: { base: string; pid: number }, scenario: Scenario) => {
      const before = {
        server: cpuMsOf(server.pid),
        primary: childrenCpuMsOf(postmasters.primary),
        replica: childrenCpuMsOf(postmasters.replica),
      };
      const load = await closedLoop(
        server.base,
        scenario.graphql,
        options.concurrency,
        options.seconds,
      );
      return {
        rps: load.rps,
        cpuMsPerOp: perOp(cpuMsOf(server.pid) - before.server, load.requests),
        primaryPgCpuMsPerOp: perOp(
          childrenCpuMsOf(postmasters.primary) - before.primary,
          load.requests,
        ),
        replicaPgCpuMsPerOp: perOp(
          childrenCpuMsOf(postmasters.replica) - before.replica,
          load.requests,
        ),
      };
    };
    const results: ReplicaResults = {};
    for (const scenario of options.scenarios) {
      await closedLoop(withReplica.base, scenario.graphql, options.concurrency, 2);
      const runs = { primaryOnly: [] as ReplicaRun[], withReplica: [] as ReplicaRun[] };
      for (let round = 0; round < options.rounds; round++) {
        runs.primaryOnly.push(await run(options.ours, scenario));
        runs.withReplica.push(await run(withReplica, scenario));
      }
      const summary = (list: ReplicaRun[]): ReplicaRun => ({
        rps: median(list.map((r) => r.rps)),
        cpuMsPerOp: median(list.map((r) => r.cpuMsPerOp)),
        primaryPgCpuMsPerOp: median(list.map((r) => r.primaryPgCpuMsPerOp)),
        replicaPgCpuMsPerOp: median(list.map((r) => r.replicaPgCpuMsPerOp)),
      });
      results[scenario.name] = {
        primaryOnly: summary(runs.primaryOnly),
        withReplica: summary(runs.withReplica),
      };
    }
    return results;
  } finally {
    const exited = new Promise((r) => reading.once('exit', r));
    reading.kill('SIGTERM');
    await exited;
    await standby.stop();
  }
}

export function replicaReport(results: ReplicaResults): string[] {
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
