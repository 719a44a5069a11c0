import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrateDatabase, withDatabaseName } from '../../src/database/database';
import {
  freePort,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from '../../src/database/embedded-postgres';

/**
 * Every request of a fault test comes from 127.0.0.1: limits per address are raised so that only
 * what a test is about (per account, per invitation) can turn a request away.
 */
export const ONE_ADDRESS_ENV = {
  RATE_LIMIT_SIGN_UP_PER_IP_PER_HOUR: '100000',
  RATE_LIMIT_REDEEM_PER_IP_PER_HOUR: '100000',
};

const MAIN = path.resolve(__dirname, '..', '..', 'dist', 'main.js');

/** A durable PostgreSQL (fsync on: a crash must not lose what was acknowledged) with the schema. */
export async function startDatabase(): Promise<{
  pg: EmbeddedPostgres;
  url: string;
  stop(): Promise<void>;
}> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'si-faults-'));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ pgdata: path.join(dir, 'postgres') });
  const url = withDatabaseName(pg.url, 'school_invites');
  await migrateDatabase(url);
  return {
    pg,
    url,
    async stop() {
      await pg.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function sql<T = any>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export interface Server {
  base: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/** Runs the compiled server as its own process against `url`. */
export async function startServer(url: string, env: Record<string, string> = {}): Promise<Server> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: 'none',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    if (
      await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.on('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function gql(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] },
  };
}

/** A school with an owner, invitations and `people` signed-up users with session tokens. */
export async function seedSchool(base: string, people: number) {
  const signUp = (name: string, email: string) =>
    gql(base, `mutation($i: SignUpInput!) { signUp(input: $i) { token user { id } } }`, {
      i: { name, email, password: 'fault-password-1' },
    }).then((r) => r.body.data.signUp as { token: string; user: { id: string } });
  const owner = await signUp('Owner', `owner-${Date.now()}@faults.example`);
  const school = (
    await gql(
      base,
      `mutation { createSchool(input: { name: "Faults ${Date.now()}" }) { id } }`,
      {},
      owner.token,
    )
  ).body.data.createSchool;
  const pupils = [];
  for (let i = 0; i < people; i++)
    pupils.push(await signUp(`Pupil ${i}`, `pupil-${i}-${Date.now()}@faults.example`));
  return { owner, schoolId: school.id as string, pupils };
}
