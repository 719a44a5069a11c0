import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Resident memory of a process, from /proc. */
export function rssMiBOf(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

const TICKS_PER_SECOND = 100;

/** The fields of /proc/<pid>/stat after the parenthesised command name (which may hold spaces). */
function statFields(pid: number | string): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
}

/** User + system time from stat fields (the 12th and 13th after the name), in milliseconds. */
const cpuMsIn = (fields: string[]) =>
  ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;

/** CPU time (user + system) a process has used so far, from /proc, in milliseconds. */
export function cpuMsOf(pid: number): number {
  return cpuMsIn(statFields(pid));
}

/**
 * CPU time all children of a process have used so far: for a postmaster, every backend and
 * worker of that PostgreSQL. Live children are summed (their parent is the 2nd field after the
 * name); those that have exited (a closed connection, a parallel or autovacuum worker) live on in
 * the parent's cutime and cstime (the 14th and 15th), so the total never goes back.
 */
export function childrenCpuMsOf(parentPid: number): number {
  const parent = statFields(parentPid);
  let total = ((Number(parent[13]) + Number(parent[14])) * 1000) / TICKS_PER_SECOND;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fields: string[];
    try {
      fields = statFields(entry);
    } catch {
      continue; // it exited meanwhile
    }
    if (Number(fields[1]) === parentPid) total += cpuMsIn(fields);
  }
  return total;
}

/** The pid of an embedded cluster's postmaster: the first line of its postmaster.pid. */
export function postmasterPidOf(pg: { pgdata: string }): number {
  return Number(readFileSync(path.join(pg.pgdata, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

export interface CpuPerOp {
  /** The server process's CPU time per operation; absent when there is no server (SQL alone). */
  cpuMsPerOp?: number;
  /** PostgreSQL's (all its processes') CPU time per operation. */
  pgCpuMsPerOp: number;
  /** The same for a standby's PostgreSQL, when one is watched. */
  standbyPgCpuMsPerOp?: number;
}

const perOp = (ms: number, requests: number) =>
  Math.round((ms / Math.max(1, requests)) * 1000) / 1000;

/**
 * Runs `work` and tells how much CPU the server and PostgreSQL (and a standby's, when given)
 * spent per operation meanwhile.
 */
export async function withCpu<T extends { requests: number }>(
  pids: { server: number | null; postmaster: number; standby?: number },
  work: () => Promise<T>,
): Promise<T & CpuPerOp> {
  const { server, standby } = pids;
  const before = {
    server: server ? cpuMsOf(server) : 0,
    pg: childrenCpuMsOf(pids.postmaster),
    standby: standby ? childrenCpuMsOf(standby) : 0,
  };
  const result = await work();
  const pg = childrenCpuMsOf(pids.postmaster) - before.pg;
  return {
    ...result,
    ...(server ? { cpuMsPerOp: perOp(cpuMsOf(server) - before.server, result.requests) } : {}),
    pgCpuMsPerOp: perOp(pg, result.requests),
    ...(standby
      ? {
          standbyPgCpuMsPerOp: perOp(childrenCpuMsOf(standby) - before.standby, result.requests),
        }
      : {}),
  };
}
