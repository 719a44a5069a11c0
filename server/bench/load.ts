import http from 'node:http';

export interface Request {
  path: string;
  /** A fresh body per request (so a redeem can use a new code each time). */
  body: () => { payload: string; token?: string };
}

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

function once(base: URL, request: Request): Promise<{ ok: boolean; ms: number }> {
  const { payload, token } = request.body();
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: 'POST',
        path: request.path,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          // A GraphQL `errors` entry in a 200 response is a failure too.
          resolve({ ok: res.statusCode === 200 && !body.includes('"errors"'), ms });
        });
      },
    );
    req.on('error', () => resolve({ ok: false, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    req.end(payload);
  });
}

function summarise(latencies: number[], failures: number, seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { requests: latencies.length, failures, seconds: round(seconds), rps: round(latencies.length / seconds), p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)) };
}

/** Closed loop: `concurrency` clients each send the next request when the last one answers. */
export async function closedLoop(base: string, request: Request, concurrency: number, seconds: number): Promise<LoadResult> {
  const url = new URL(base);
  const latencies: number[] = [];
  let failures = 0;
  const until = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const { ok, ms } = await once(url, request);
        latencies.push(ms);
        if (!ok) failures++;
      }
    }),
  );
  return summarise(latencies, failures, (Date.now() - started) / 1000);
}

/** Open loop: requests leave at a fixed rate whatever the answers, so queueing shows in latency. */
export async function fixedRate(base: string, request: Request, rate: number, seconds: number): Promise<LoadResult> {
  const url = new URL(base);
  const latencies: number[] = [];
  let failures = 0;
  const total = Math.max(1, Math.round(rate * seconds));
  const started = Date.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inflight.push(
      once(url, request).then(({ ok, ms }) => {
        latencies.push(ms);
        if (!ok) failures++;
      }),
    );
  }
  await Promise.all(inflight);
  return summarise(latencies, failures, (Date.now() - started) / 1000);
}
