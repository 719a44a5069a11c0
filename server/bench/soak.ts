import { fixedRate, type LoadResult, type Operation } from './load';
import { rssMiBOf } from './process-stats';

export interface SoakResult extends LoadResult {
  rate: number;
  warmupSeconds: number;
  rssAfterWarmupMiB: number;
  rssEndMiB: number;
  rssMaxMiB: number;
  /** (end − after warm-up) ÷ after warm-up. */
  rssGrowth: number;
  poolWaitingMax: number;
  /** Share of the once-a-second samples in which some request waited for a connection. */
  poolWaitingShare: number;
}

/**
 * The mixed load at a fixed rate for a long while, sampling the server's resident memory (from
 * /proc) and its pool's queue (from /healthz) once a second: growth after warm-up means a leak,
 * waiting means the pool is too small for the load.
 */
export async function soak(
  base: string,
  pid: number,
  operation: Operation,
  rate: number,
  seconds: number,
): Promise<SoakResult> {
  const warmupSeconds = Math.min(60, Math.round(seconds / 5));
  const samples: { at: number; rss: number; waiting: number }[] = [];
  const sample = (at: number) => {
    const rss = rssMiBOf(pid);
    fetch(`${base}/healthz`)
      .then((r) => r.json() as Promise<{ pool?: { waiting: number } }>)
      .then((health) => samples.push({ at, rss, waiting: health.pool?.waiting ?? 0 }))
      .catch(() => samples.push({ at, rss, waiting: NaN }));
  };
  const result = await fixedRate(base, operation, rate, seconds, sample);
  samples.sort((a, b) => a.at - b.at);
  const afterWarmup = samples.find((s) => s.at >= warmupSeconds) ?? samples[0]!;
  const end = samples.at(-1)!;
  const waiting = samples.map((s) => s.waiting).filter(Number.isFinite);
  return {
    ...result,
    rate,
    warmupSeconds,
    rssAfterWarmupMiB: afterWarmup.rss,
    rssEndMiB: end.rss,
    rssMaxMiB: Math.max(...samples.filter((s) => s.at >= warmupSeconds).map((s) => s.rss)),
    rssGrowth: Math.round(((end.rss - afterWarmup.rss) / afterWarmup.rss) * 1000) / 1000,
    poolWaitingMax: Math.max(0, ...waiting),
    poolWaitingShare:
      Math.round((waiting.filter((w) => w > 0).length / Math.max(1, waiting.length)) * 1000) / 1000,
  };
}
