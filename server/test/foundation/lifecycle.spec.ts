import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/database/embedded-postgres';

const MAIN = path.resolve(__dirname, '..', '..', 'dist', 'main.js');

interface Running {
  child: ChildProcess;
  output: () => string;
}

/** Starts the compiled server as `pnpm start` would, on its own embedded PostgreSQL. */
async function start(dataDir: string, port: number): Promise<Running> {
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    // NODE_ENV as in production: jest's "test" would hide behaviour that only happens outside tests.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'info',
      DATABASE_URL: '',
      WEB_DIST_DIR: 'none',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, output: () => output };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become healthy: ${output}`);
}

async function stop(running: Running): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) =>
    running.child.on('exit', (code) => resolve(code)),
  );
  running.child.kill('SIGTERM');
  return exited;
}

const gql = (port: number, query: string, token?: string) =>
  fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query }),
  }).then((r) => r.json() as Promise<any>);

describe('server process lifecycle on an embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'si-lifecycle-'));
  chmodSync(dataDir, 0o755);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged row across SIGTERM and a restart on the same DATA_DIR, and logs no secret of a full cycle', async () => {
    const port = await freePort();
    const first = await start(dataDir, port);
    const signUp = await gql(
      port,
      'mutation { signUp(input: { name: "Persistent Pat", email: "pat@example.org", password: "durable-password" }) { token } }',
    );
    const token = signUp.data.signUp.token as string;
    const school = await gql(
      port,
      'mutation { createSchool(input: { name: "Restart Academy" }) { id } }',
      token,
    );
    const schoolId = school.data.createSchool.id as string;
    const invitation = await gql(
      port,
      `mutation { createInvitation(input: { schoolId: "${schoolId}" }) { code link } }`,
      token,
    );
    const { code, link } = invitation.data.createInvitation;
    await fetch(`http://127.0.0.1:${port}${new URL(link).pathname}`, {
      headers: { accept: 'text/html' },
    });
    // The rest of a full cycle, so the log below holds every kind of request.
    const signIn = await gql(
      port,
      'mutation { signIn(input: { email: "pat@example.org", password: "durable-password" }) { token } }',
    );
    expect(signIn.data.signIn.token).toMatch(/^sis_/);
    const pupil = await gql(
      port,
      'mutation { signUp(input: { name: "Pupil", email: "pupil@example.org", password: "another-password" }) { token } }',
    );
    const pupilToken = pupil.data.signUp.token as string;
    const revocable = await gql(
      port,
      `mutation { createInvitation(input: { schoolId: "${schoolId}" }) { id code } }`,
      token,
    );
    const redeemed = await gql(
      port,
      `mutation { redeemInvitation(input: { code: "${revocable.data.createInvitation.code}" }) { alreadyMember } }`,
      pupilToken,
    );
    expect(redeemed.data.redeemInvitation.alreadyMember).toBe(false);
    await gql(
      port,
      `mutation { revokeInvitation(id: "${revocable.data.createInvitation.id}") { status } }`,
      token,
    );
    await gql(
      port,
      `mutation { redeemInvitation(input: { token: "not-a-token" }) { alreadyMember } }`,
      pupilToken,
    );
    expect(await stop(first)).toBe(0);
    // A clean stop takes the embedded PostgreSQL down with it.
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = await start(dataDir, port);
    const me = await gql(
      port,
      `{ me { name } mySchools { name invitations { totalCount edges { node { code } } } } }`,
      token,
    );
    expect(me.data.me).toEqual({ name: 'Persistent Pat' });
    expect(me.data.mySchools[0].name).toBe('Restart Academy');
    expect(me.data.mySchools[0].invitations.totalCount).toBe(2);
    expect(me.data.mySchools[0].invitations.edges.map((e: any) => e.node.code)).toContain(code);
    expect(await stop(second)).toBe(0);

    const logs = first.output() + second.output();
    expect(logs).toContain('"path":"/invite/:token"');
    for (const secret of [
      token,
      code,
      new URL(link).pathname.split('/').pop()!,
      'durable-password',
      'pat@example.org',
      'another-password',
      'pupil@example.org',
      'not-a-token',
    ]) {
      expect(logs).not.toContain(secret);
    }
  });
});
