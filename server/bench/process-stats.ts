import { readFileSync } from 'node:fs';

/** Resident memory of a process, from /proc. */
export function rssMiBOf(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

/** CPU time (user + system) a process has used so far, from /proc, in milliseconds. */
export function cpuMsOf(pid: number): number {
  // Fields after the parenthesised command name; utime and stime are the 12th and 13th of them.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const TICKS_PER_SECOND = 100;
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** Runs `work` and tells how much CPU the process spent per operation meanwhile. */
export async function withCpu<T extends { requests: number }>(
  pid: number,
  work: () => Promise<T>,
): Promise<T & { cpuMsPerOp: number }> {
  const before = cpuMsOf(pid);
  const result = await work();
  const spent = cpuMsOf(pid) - before;
  return {
    ...result,
    cpuMsPerOp: Math.round((spent / Math.max(1, result.requests)) * 1000) / 1000,
  };
}
