import { spawn } from 'node:child_process';
import path from 'node:path';
import { withDatabaseName } from '../src/database/database';
import { freePort, type EmbeddedPostgres } from '../src/database/embedded-postgres';
import { startEmbeddedReplica } from '../src/database/embedded-replica';
import { closedLoop } from './load';
import { postmasterPidOf, withCpu } from './process-stats';
import { median, type ReplicaResults, type ReplicaRun } from './report';
import type { Scenario } from './scenarios';

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
    const pids = {
      postmaster: postmasterPidOf(options.primary),
      standby: postmasterPidOf(standby),
    };
    const run = async (server: { base: string; pid: number }, scenario: Scenario) => {
      const load = await withCpu({ ...pids, server: server.pid }, () =>
        closedLoop(server.base, scenario.graphql, options.concurrency, options.seconds),
      );
      return {
        rps: load.rps,
        cpuMsPerOp: load.cpuMsPerOp!,
        primaryPgCpuMsPerOp: load.pgCpuMsPerOp,
        replicaPgCpuMsPerOp: load.standbyPgCpuMsPerOp!,
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
