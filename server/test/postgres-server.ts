import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrateDatabase, withDatabaseName } from '../src/database/database';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/database/embedded-postgres';

/**
 * The PostgreSQL a test run talks to: TEST_DATABASE_URL when set (any server; e.g. the machine's
 * PostgreSQL 15 to cover a second major version), otherwise an embedded one in a temporary folder.
 */
export interface TestPostgres {
  /** URL of the maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  stop(): Promise<void>;
  embedded: EmbeddedPostgres | null;
}

export async function startTestPostgres(env = process.env): Promise<TestPostgres> {
  if (env.TEST_DATABASE_URL) {
    const adminUrl = withDatabaseName(env.TEST_DATABASE_URL, 'postgres');
    return { adminUrl, embedded: null, stop: async () => undefined };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'school-invites-test-'));
  // As root, the cluster runs as the `postgres` user, which must be able to enter this folder.
  chmodSync(dir, 0o755);
  const embedded = await startEmbeddedPostgres({
    pgdata: path.join(dir, 'postgres'),
    // Throwaway data: durability buys nothing here and slows every test.
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
  });
  return {
    adminUrl: embedded.url,
    embedded,
    async stop() {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
      // As root, with a temporary folder the cluster's user cannot enter, the cluster lives elsewhere.
      if (!embedded.pgdata.startsWith(dir)) {
        for (const leftover of [embedded.pgdata, `${embedded.pgdata}.password`])
          rmSync(leftover, { recursive: true, force: true });
      }
    },
  };
}

export async function adminQuery(adminUrl: string, sql: string, params: unknown[] = []) {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

/** A database with every migration applied, which test databases are cloned from. */
export async function createTemplate(adminUrl: string, name: string): Promise<void> {
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name}`);
  const url = withDatabaseName(adminUrl, name);
  await migrateDatabase(url);
}
