import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface OsUser {
  uid: number;
  gid: number;
}

export interface Binaries {
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

/**
 * As root, where the cluster's user keeps what it cannot reach in place: a clone in root's home
 * (mode 0700) hides the binaries under node_modules, a `mktemp -d` DATA_DIR hides the data.
 * The folder belongs to that user; nothing of the caller's own folders is loosened.
 */
export const ROOT_RUNTIME_DIR = '/var/lib/school-invites';

/** What to do when no layout can work, said in one line. */
export class ClusterLayoutError extends Error {}

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` OS user, created if missing. */
export async function clusterUser(): Promise<OsUser | null> {
  if (process.getuid?.() !== 0) return null;
  const lookup = async (): Promise<OsUser> => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
  });
  try {
    return await lookup();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return lookup();
  }
}

/** Asks the OS, as `user`, whether `target` passes `test -<flag>`: the only answer that counts ACLs and every parent folder. */
export function userCan(user: OsUser, flag: 'x' | 'w', target: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('test', [`-${flag}`, target], {
      uid: user.uid,
      gid: user.gid,
      cwd: '/',
      stdio: 'ignore',
    });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}

async function runtimeDir(user: OsUser, ...parts: string[]): Promise<string> {
  const dir = path.join(ROOT_RUNTIME_DIR, ...parts);
  try {
    await fs.mkdir(ROOT_RUNTIME_DIR, { recursive: true, mode: 0o700 });
    await fs.chown(ROOT_RUNTIME_DIR, user.uid, user.gid);
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    await fs.chown(dir, user.uid, user.gid);
  } catch (error) {
    throw new ClusterLayoutError(
      `PostgreSQL cannot run as root, and ${ROOT_RUNTIME_DIR} could not be prepared for the postgres user ` +
        `(${(error as NodeJS.ErrnoException).code ?? 'error'}): run as a non-root user, or set DATABASE_URL to an existing PostgreSQL.`,
    );
  }
  return dir;
}

/**
 * The binaries as `user` can run them: in place when it can reach them, otherwise a copy of the
 * package's native folder (bin, lib, share; about 60 MB) made once per version and reused.
 */
export async function reachableBinaries(
  bin: Binaries,
  nativeDir: string,
  version: string,
  user: OsUser | null,
  announce: (message: string) => void,
): Promise<Binaries> {
  if (!user || (await userCan(user, 'x', bin.initdb))) return bin;
  const home = await runtimeDir(user, 'binaries');
  const target = path.join(home, `postgres-${version}`);
  if (!existsSync(path.join(target, 'bin', 'postgres'))) {
    // Copied aside, then renamed into place, so two processes starting at once never see half a copy.
    const partial = `${target}.${randomBytes(4).toString('hex')}.partial`;
    await run('cp', ['-a', nativeDir, partial]);
    await fs.rename(partial, target).catch(async (error: NodeJS.ErrnoException) => {
      await fs.rm(partial, { recursive: true, force: true });
      if (!existsSync(path.join(target, 'bin', 'postgres'))) throw error;
    });
    announce(
      `the postgres user cannot reach ${nativeDir}; its PostgreSQL binaries were copied to ${target}`,
    );
  }
  const copied = path.join(target, 'bin');
  return {
    initdb: path.join(copied, 'initdb'),
    pg_ctl: path.join(copied, 'pg_ctl'),
    postgres: path.join(copied, 'postgres'),
  };
}

/**
 * Where the cluster for `requested` lives. In place when it already does, or when `user` can reach
 * the folder it would be created in; otherwise in a folder of that user's, named after the requested
 * path so the same DATA_DIR finds the same cluster on every start. A note beside the requested
 * path says where it went.
 */
export async function reachablePgdata(
  requested: string,
  user: OsUser | null,
  announce: (message: string) => void,
): Promise<string> {
  await fs.mkdir(path.dirname(requested), { recursive: true });
  if (
    !user ||
    existsSync(path.join(requested, 'PG_VERSION')) ||
    (await userCan(user, 'x', path.dirname(requested)))
  ) {
    return requested;
  }
  const digest = createHash('sha256').update(requested).digest('hex').slice(0, 16);
  const home = await runtimeDir(user, 'clusters');
  const moved = path.join(home, `${path.basename(path.dirname(requested))}-${digest}`);
  await fs.writeFile(`${requested}.location`, `${moved}\n`);
  announce(
    `the postgres user cannot reach ${path.dirname(requested)}; the database cluster lives in ${moved} (noted in ${requested}.location)`,
  );
  return moved;
}
