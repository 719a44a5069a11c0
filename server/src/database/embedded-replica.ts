import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { clusterUser } from './cluster-layout';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

/** What a base backup leaves out: the primary's run state, its WAL and its slots. */
const LEFT_OUT = new Set(['postmaster.pid', 'postmaster.opts', 'server.log']);
const EMPTIED = new Set(['pg_wal', 'pg_replslot', 'pg_stat_tmp']);

/**
 * A hot standby of an embedded primary, streaming its WAL through a physical replication slot,
 * made with nothing but the packaged server: the low-level base backup (pg_backup_start, a copy of
 * the data folder, pg_backup_stop's label) stands in for pg_basebackup, which the package lacks.
 * For the fault tests and the benchmark.
 */
export async function startEmbeddedReplica(
  primary: EmbeddedPostgres,
  pgdata: string,
  slot = 'replica',
): Promise<EmbeddedPostgres> {
  const target = path.resolve(pgdata);
  const client = new Client({ connectionString: primary.url });
  await client.connect();
  try {
    // The slot keeps every WAL segment from the backup's start until the standby has streamed it.
    await client.query(`SELECT pg_create_physical_replication_slot($1, true)`, [slot]);
    await client.query(`SELECT pg_backup_start('replica', true)`);
    await fs.cp(primary.pgdata, target, {
      recursive: true,
      filter: (source) => {
        const relative = path.relative(primary.pgdata, source);
        if (LEFT_OUT.has(relative)) return false;
        const [top, ...rest] = relative.split(path.sep);
        return !(EMPTIED.has(top!) && rest.length > 0);
      },
    });
    const [stopped] = (
      await client.query<{ labelfile: string }>(`SELECT labelfile FROM pg_backup_stop(false)`)
    ).rows;
    await fs.writeFile(path.join(target, 'backup_label'), stopped!.labelfile);
  } finally {
    await client.end();
  }
  await fs.mkdir(path.join(target, 'pg_wal', 'archive_status'), { recursive: true });
  await fs.writeFile(path.join(target, 'standby.signal'), '');
  const password = await fs.readFile(`${primary.pgdata}.password`, 'utf8');
  await fs.writeFile(`${target}.password`, password, { mode: 0o600 });
  const conninfo = `host=127.0.0.1 port=${primary.port} user=postgres password=${password.trim()} application_name=${slot}`;
  await fs.appendFile(
    path.join(target, 'postgresql.auto.conf'),
    `primary_conninfo = '${conninfo}'\nprimary_slot_name = '${slot}'\nhot_standby = on\n`,
  );
  await fs.chmod(target, 0o700);
  const user = await clusterUser();
  if (user) await chownTree(target, user.uid, user.gid);
  return startEmbeddedPostgres({ pgdata: target });
}

async function chownTree(dir: string, uid: number, gid: number): Promise<void> {
  await fs.chown(dir, uid, gid);
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) await chownTree(child, uid, gid);
    else await fs.chown(child, uid, gid);
  }
}
