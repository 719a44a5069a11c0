import http from 'node:http';

export interface Reply {
  status: number;
  body: string;
}

/** Sends one POST with a JSON body to the server under test. */
export type Post = (path: string, payload: string, token?: string) => Promise<Reply>;

/** One measured operation: one or more requests; false when any of them failed. */
export type Operation = (post: Post) => Promise<boolean>;

export interface LoadResult {
  requests: number;
  failures: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** A 200 without a GraphQL `errors` entry is a success; an `errors` entry in a 200 is a failure. */
export const succeeded = (reply: Reply) => reply.status === 200 && !reply.body.includes('"errors"');

export function poster(base: string): Post {
  const url = new URL(base);
  return (path, payload, token) =>
    new Promise((resolve) => {
      const req = http.request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', (error) => resolve({ status: 0, body: String(error) }));
      req.end(payload);
    });
}

/** An operation of one request whose body is made afresh each time (a new code per redeem). */
export function single(path: string, body: () => { payload: string; token?: string }): Operation {
  return async (post) => {
    const { payload, token } = body();
    return succeeded(await post(path, payload, token));
  };
}

async function timed(operation: Operation, post: Post): Promise<{ ok: boolean; ms: number }> {
  const started = process.hrtime.bigint();
  const ok = await operation(post).catch(() => false);
  return { ok, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

export function summarise(latencies: number[], failures: number, seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    requests: latencies.length,
    failures,
    seconds: round(seconds),
    rps: round(latencies.length / seconds),
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
  };
}

/** Closed loop: `concurrency` clients each start the next operation when the last one ends. */
export async function closedLoop(
  base: string,
  operation: Operation,
  concurrency: number,
  seconds: number,
): Promise<LoadResult> {
  const post = poster(base);
  const latencies: number[] = [];
  let failures = 0;
  const until = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const { ok, ms } = await timed(operation, post);
        latencies.push(ms);
        if (!ok) failures++;
      }
    }),
  );
  return summarise(latencies, failures, (Date.now() - started) / 1000);
}

/**
 * Open loop: operations start at a fixed rate whatever the answers, so queueing shows in latency.
 * `onTick` is called about once a second (the soak samples memory and the pool with it).
 */
export async function fixedRate(
  base: string,
  operation: Operation,
  rate: number,
  seconds: number,
  onTick?: (elapsedSeconds: number) => void,
): Promise<LoadResult> {
  const post = poster(base);
  const latencies: number[] = [];
  let failures = 0;
  const total = Math.max(1, Math.round(rate * seconds));
  const started = Date.now();
  let nextTick = 1;
  const inflight = new Set<Promise<void>>();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const elapsed = (Date.now() - started) / 1000;
    if (onTick && elapsed >= nextTick) {
      nextTick = Math.floor(elapsed) + 1;
      onTick(elapsed);
    }
    const pending: Promise<void> = timed(operation, post).then(({ ok, ms }) => {
      latencies.push(ms);
      if (!ok) failures++;
      inflight.delete(pending);
    });
    inflight.add(pending);
  }
  await Promise.all(inflight);
  return summarise(latencies, failures, (Date.now() - started) / 1000);
}
