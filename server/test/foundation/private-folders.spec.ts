import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/database/embedded-postgres';

async function query(pg: EmbeddedPostgres, sql: string) {
  const client = new Client({ connectionString: pg.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const asRoot = process.getuid?.() === 0;

describe('an embedded PostgreSQL whose DATA_DIR is a private (0700) folder', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'si-private-'));
  const requested = path.join(dataDir, 'postgres');
  let pgdata = requested;
  afterAll(() => {
    for (const leftover of [dataDir, pgdata, `${pgdata}.password`])
      rmSync(leftover, { recursive: true, force: true });
  });

  it('starts, keeps its data across a restart, and leaves the folder as private as it was', async () => {
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const announced: string[] = [];
    const first = await startEmbeddedPostgres({
      pgdata: requested,
      announce: (m) => announced.push(m),
    });
    pgdata = first.pgdata;
    await query(first, `CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)`);
    await first.stop();

    // As root the cluster runs as `postgres`, which cannot enter the folder: it lives in a folder
    // of that user's, and the start says where. Any other user runs it in place.
    expect(pgdata !== requested).toBe(asRoot);
    expect(announced.some((m) => m.includes(pgdata))).toBe(asRoot);
    expect(
      existsSync(`${requested}.location`) && readFileSync(`${requested}.location`, 'utf8').trim(),
    ).toBe(asRoot ? pgdata : false);

    const second = await startEmbeddedPostgres({ pgdata: requested });
    try {
      expect(second.pgdata).toBe(pgdata);
      expect(await query(second, `SELECT n FROM kept`)).toEqual([{ n: 42 }]);
    } finally {
      await second.stop();
    }
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
  });
});
