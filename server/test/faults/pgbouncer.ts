import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { clusterUser } from '../../src/database/cluster-layout';
import { freePort, type EmbeddedPostgres } from '../../src/database/embedded-postgres';

export interface Pooler {
  /** DATABASE_URL for the servers behind it. */
  url: string;
  /** Transactions the pooler has passed to `database` so far (its admin console's SHOW STATS). */
  transactions(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Debian's PgBouncer in transaction pooling in front of `pg`'s `database`. node-postgres sends
 * the server's statement timeouts as startup parameters, which PgBouncer refuses unless told to
 * ignore them; behind it they belong on the database role (ALTER ROLE … SET), as the README says.
 */
export async function startPgBouncer(
  pg: EmbeddedPostgres,
  database: string,
  dir: string,
): Promise<Pooler> {
  const port = await freePort();
  const password = (await fs.readFile(`${pg.pgdata}.password`, 'utf8')).trim();
  await fs.mkdir(dir, { recursive: true });
  const ini = path.join(dir, 'pgbouncer.ini');
  await fs.writeFile(path.join(dir, 'userlist.txt'), `"postgres" "${password}"\n`, {
    mode: 0o600,
  });
  await fs.writeFile(
    ini,
    [
      '[databases]',
      `${database} = host=127.0.0.1 port=${pg.port} dbname=${database}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = scram-sha-256',
      `auth_file = ${path.join(dir, 'userlist.txt')}`,
      'pool_mode = transaction',
      'default_pool_size = 20',
      'max_client_conn = 500',
      'ignore_startup_parameters = statement_timeout,idle_in_transaction_session_timeout',
      'admin_users = postgres',
      `logfile = ${path.join(dir, 'pgbouncer.log')}`,
      '',
    ].join('\n'),
  );
  // PgBouncer will not run as root: it runs as the cluster's user, like PostgreSQL.
  const user = await clusterUser();
  if (user) {
    for (const file of ['', 'pgbouncer.ini', 'userlist.txt'])
      await fs.chown(path.join(dir, file), user.uid, user.gid);
  }
  const child: ChildProcess = spawn('pgbouncer', [ini], {
    ...(user ?? {}),
    cwd: '/',
    stdio: 'ignore',
  });
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(
        `pgbouncer did not start: ${await fs.readFile(path.join(dir, 'pgbouncer.log'), 'utf8').catch(() => '')}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
  const admin = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/pgbouncer`;
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    async transactions() {
      const client = new Client({ connectionString: admin });
      await client.connect();
      try {
        // The console speaks only the simple protocol: a statement without parameters.
        const { rows } = await client.query<{ database: string; total_xact_count: string }>(
          'SHOW STATS',
        );
        return Number(rows.find((row) => row.database === database)?.total_xact_count ?? 0);
      } finally {
        await client.end();
      }
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.on('exit', r));
      child.kill('SIGINT');
      await exited;
    },
  };
}

async function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
