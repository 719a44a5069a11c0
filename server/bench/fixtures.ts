import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { generateInviteCode } from '@school-invites/shared';
import { migrateDatabase, withDatabaseName } from '../src/database/database';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { postmasterPidOf } from './process-stats';
import { seedGroups, seedInvitationsInBulk, seedJoiners } from './seed-bulk';

export type Query = (text: string, params?: unknown[]) => Promise<any[]>;

/**
 * A fresh embedded PostgreSQL with pg_stat_statements, migrated and seeded with `size`
 * invitations, plus what the scenarios need: admins with sessions, a hot invitation, codes
 * generated the way the product generates them, a cursor 100 000 rows deep and rare terms.
 */
export async function prepareDatabase(sizeName: string, size: number, log: (line: string) => void) {
  const dir = path.join(os.tmpdir(), `si-bench-${sizeName}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({
    pgdata: path.join(dir, 'postgres'),
    settings: {
      shared_preload_libraries: 'pg_stat_statements',
      shared_buffers: '512MB',
      max_wal_size: '4GB',
    },
  });
  const url = withDatabaseName(pg.url, 'bench');
  await migrateDatabase(url, 600_000);

  const pool = new Pool({ connectionString: url, max: 16 });
  // pool.end() resolves before its connections have closed, so stopping PostgreSQL right after
  // may still reach one of them: that ending is expected, anything else is not.
  pool.on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') throw error;
  });
  const query: Query = async (text, params = []) => (await pool.query(text, params)).rows;
  await query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  // Statements as the product runs its hot path: named, with their generic plan, planned once.
  const preparedPool = new Pool({
    connectionString: url,
    max: 16,
    options: '-c plan_cache_mode=force_generic_plan',
  });
  preparedPool.on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') throw error;
  });
  const names = new Map<string, string>();
  const prepared: Query = async (text, values = []) => {
    if (!names.has(text)) names.set(text, `bench_${names.size}`);
    return (await preparedPool.query({ name: names.get(text), text, values })).rows;
  };

  const joiners = Math.max(2000, Math.round(size / 20));
  const seedStart = Date.now();
  const seeded = await seedInvitationsInBulk(query, {
    big: Math.round(size * 0.2),
    spread: size - Math.round(size * 0.2),
    schools: Math.max(10, Math.round(size / 1000)),
    creators: Math.max(20, Math.round(size / 1000)),
    joiners,
    onProgress: (done, total) =>
      process.stdout.write(
        `\rseeding ${'#'.repeat(Math.round((30 * done) / total)).padEnd(30, '.')} ${done}/${total}`,
      ),
  });
  const seedSeconds = (Date.now() - seedStart) / 1000;
  log(`\nseeded ${size} invitations in ${seedSeconds.toFixed(1)} s`);

  // One admin of the big school and one of a small school to read as.
  const [admin] = await query(
    `SELECT user_id FROM memberships WHERE school_id = $1 AND role = 'ADMIN' LIMIT 1`,
    [seeded.bigSchoolId],
  );
  const [smallAdmin] = await query(
    `SELECT user_id FROM memberships WHERE school_id = $1 AND role = 'ADMIN' LIMIT 1`,
    [seeded.smallSchoolId],
  );
  await query(
    `INSERT INTO sessions (user_id, token_hash, expires_at) VALUES
       ($1, sha256(convert_to('sis_benchadmin', 'UTF8')), now() + interval '1 day'),
       ($2, sha256(convert_to('sis_benchsmalladmin', 'UTF8')), now() + interval '1 day')`,
    [admin.user_id, smallAdmin.user_id],
  );
  // Codes people type carry a check character, so the redeem scenarios use codes generated the
  // way the product generates them (the bulk seed's codes are only shaped like codes).
  let state = 42;
  const random = (max: number) => (state = (state * 1103515245 + 12345) % 2 ** 31) % max;
  const typed = Array.from({ length: 5002 }, () => generateInviteCode(random));
  const [hot] = await query(
    `INSERT INTO invitations (school_id, token, code, role, created_by, max_uses) VALUES ($1, 'hot-token-0000000000000', $2, 'STUDENT', $3, 100000) RETURNING id, code`,
    [seeded.smallSchoolId, typed[0], admin.user_id],
  );
  // A small limit for a class to race for: exactly this many may join.
  const [limited] = await query(
    `INSERT INTO invitations (school_id, token, code, role, created_by, max_uses) VALUES ($1, 'limited-token-00000000000', $2, 'STUDENT', $3, 300) RETURNING id, code, max_uses`,
    [seeded.smallSchoolId, typed.pop(), admin.user_id],
  );
  await query(
    `INSERT INTO invitations (school_id, token, code, role, created_by)
     SELECT ($1::uuid[])[1 + (i % array_length($1::uuid[], 1))], 'typed-' || i, c, 'STUDENT', $2 FROM unnest($3::text[]) WITH ORDINALITY AS t(c, i)
     ON CONFLICT DO NOTHING`,
    [seeded.schoolIds, admin.user_id, typed.slice(1)],
  );
  // A class of its own for the hot code, so every one of its requests is a first join.
  const hotJoiners = Math.max(40_000, Math.round(size / 20));
  await seedJoiners(query, hotJoiners, 'hot');
  const [deep] = await query(
    `SELECT seq::text FROM invitations WHERE school_id = $1 ORDER BY seq DESC OFFSET $2 LIMIT 1`,
    [seeded.bigSchoolId, Math.min(100_000, Math.round(size * 0.2) - 100)],
  );
  const groupCodes = Array.from({ length: 1000 }, () => generateInviteCode(random));
  const groups = await seedGroups(query, seeded.bigSchoolId, admin.user_id, groupCodes);
  const groupJoiners = Math.max(20_000, Math.round(size / 20));
  await seedJoiners(query, groupJoiners, 'grp');
  const [rare] = await query(
    `SELECT code, token FROM invitations WHERE school_id = $1 ORDER BY seq LIMIT 1 OFFSET 7`,
    [seeded.bigSchoolId],
  );
  // Vacuumed too, not only analysed: the visibility map and the trigram indexes' pending lists
  // decide plans, and without it a plan can change when autovacuum comes by mid-run.
  await query('VACUUM ANALYZE');
  // The seed's dirty pages are written now, not by a checkpoint during the first measured rungs.
  await query('CHECKPOINT');

  return {
    url,
    /** The seeded cluster and its folder (a standby of it can be made beside it). */
    pg,
    dir,
    query,
    prepared,
    /** PostgreSQL's processes are this one's children. */
    postmasterPid: postmasterPidOf(pg),
    seedSeconds,
    bigSchoolId: seeded.bigSchoolId,
    smallSchoolId: seeded.smallSchoolId,
    adminToken: 'sis_benchadmin',
    smallAdminToken: 'sis_benchsmalladmin',
    joiners,
    hot: hot as { id: string; code: string },
    hotJoiners,
    limited: limited as { id: string; code: string; max_uses: number },
    activeCodes: typed.slice(1),
    deepSeq: deep.seq as string,
    rareCode: rare.code as string,
    /** Ten characters from the middle of a link, as if quoted cut at both ends. */
    rareTokenPiece: (rare.token as string).slice(7, 17),
    groups,
    groupJoiners,
    async close() {
      await preparedPool.end();
      await pool.end();
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Fixtures = Awaited<ReturnType<typeof prepareDatabase>>;
