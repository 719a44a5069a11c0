import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withDatabaseName } from '../../src/database/database';
import type { EmbeddedPostgres } from '../../src/database/embedded-postgres';
import { startEmbeddedReplica } from '../../src/database/embedded-replica';
import {
  gql,
  seedSchool,
  sql,
  startDatabase,
  startServer,
  type Server,
  ONE_ADDRESS_ENV,
} from './cluster';
import { OPERATIONS } from '../operations';

const LIST = `query($s: ID!) { school(id: $s) { invitations(first: 50) { edges { node { id status } } } } }`;
const MEMBERS = `query($s: ID!) { school(id: $s) { members(first: 50) { edges { node { id user { id } } } } } }`;

/**
 * A streaming standby made from the embedded binaries serves lists, searches and member reads
 * (DATABASE_READ_URL) for two instances; redeem, revoke, create and every permission check stay
 * on the primary. Replay is paused on the standby to make its lag as long as a test needs.
 */
/** Asks until `check` holds, for up to 10 s: the instances learn the standby's progress by asking it. */
async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

describe('a streaming read replica', () => {
  let db: Awaited<ReturnType<typeof startDatabase>>;
  let replica: EmbeddedPostgres;
  let replicaUrl: string;
  let dir: string;
  let a: Server;
  let b: Server;

  beforeAll(async () => {
    db = await startDatabase();
    dir = mkdtempSync(path.join(os.tmpdir(), 'si-replica-'));
    chmodSync(dir, 0o755);
    replica = await startEmbeddedReplica(db.pg, path.join(dir, 'standby'));
    replicaUrl = withDatabaseName(replica.url, 'school_invites');
    const env = { ...ONE_ADDRESS_ENV, DATABASE_READ_URL: replicaUrl };
    [a, b] = await Promise.all([startServer(db.url, env), startServer(db.url, env)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await replica?.stop().catch(() => undefined);
    await db?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const replay = (on: boolean) =>
    sql(replicaUrl, on ? 'SELECT pg_wal_replay_resume()' : 'SELECT pg_wal_replay_pause()');
  /** Waits until the standby has replayed everything the primary has written so far. */
  const caughtUp = async () => {
    const [{ lsn }] = await sql(db.url, 'SELECT pg_current_wal_insert_lsn()::text AS lsn');
    for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
      const [{ done }] = await sql(replicaUrl, 'SELECT pg_last_wal_replay_lsn() >= $1 AS done', [
        lsn,
      ]);
      if (done) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the standby did not catch up');
  };
  const statuses = async (server: Server, schoolId: string, token: string) => {
    const result = await gql(server.base, LIST, { s: schoolId }, token);
    expect(result.body.errors).toBeUndefined();
    return new Map<string, string>(
      result.body.data.school.invitations.edges.map((e: any) => [e.node.id, e.node.status]),
    );
  };
  const create = async (server: Server, schoolId: string, token: string, role = 'STUDENT') =>
    (
      await gql(
        server.base,
        `mutation($s: ID!, $r: SchoolRole) { createInvitation(input: { schoolId: $s, role: $r }) { id code } }`,
        { s: schoolId, r: role },
        token,
      )
    ).body.data.createInvitation as { id: string; code: string };

  /** An owner and an admin who joined through an invitation; the standby has replayed both. */
  async function schoolWithTwoAdmins() {
    const { owner, schoolId, pupils } = await seedSchool(a.base, 3);
    const [admin, ...others] = pupils;
    const adminInvite = await create(a, schoolId, owner.token, 'ADMIN');
    await gql(a.base, OPERATIONS.redeemByCode, { c: adminInvite.code }, admin!.token);
    await caughtUp();
    return { owner, admin: admin!, others, schoolId };
  }

  it("reads others' lists from the standby, and each viewer's own writes at once on any instance", async () => {
    const { owner, admin, schoolId } = await schoolWithTwoAdmins();
    await replay(false);
    let made: { id: string };
    try {
      made = await create(a, schoolId, owner.token);
      // The owner made it on one instance and sees it on the other at once: read on the primary.
      expect((await statuses(b, schoolId, owner.token)).get(made.id)).toBe('ACTIVE');
      // The admin has written nothing since: their list comes from the standby, still behind.
      expect((await statuses(b, schoolId, admin.token)).has(made.id)).toBe(false);
    } finally {
      await replay(true);
    }
    await caughtUp();
    // Replayed, the admin's next list has it (the instances see the standby's progress every 200 ms).
    const seen = await eventually(async () =>
      (await statuses(a, schoolId, admin.token)).has(made.id),
    );
    expect(seen).toBe(true);
  });

  it('shows a revoke to its admin at once and never lets the revoked code work, replay paused', async () => {
    const { owner, admin, others, schoolId } = await schoolWithTwoAdmins();
    const invitation = await create(a, schoolId, owner.token);
    await caughtUp();
    await replay(false);
    try {
      await gql(a.base, OPERATIONS.revokeInvitation, { id: invitation.id }, owner.token);
      expect((await statuses(b, schoolId, owner.token)).get(invitation.id)).toBe('REVOKED');
      for (const server of [a, b]) {
        const result = await gql(
          server.base,
          OPERATIONS.redeemByCode,
          { c: invitation.code },
          others[0]!.token,
        );
        expect(result.body.errors?.[0]?.extensions?.code).toBe('INVITATION_REVOKED');
      }
      // Another admin's list may lag behind the revoke; the code itself never does.
      expect((await statuses(b, schoolId, admin.token)).get(invitation.id)).toBe('ACTIVE');
      // A new invitation works at once, though the standby has not seen it: redeem reads the primary.
      const fresh = await create(a, schoolId, owner.token);
      const joined = await gql(
        b.base,
        OPERATIONS.redeemByCode,
        { c: fresh.code },
        others[1]!.token,
      );
      expect(joined.body.errors).toBeUndefined();
    } finally {
      await replay(true);
    }
  });

  it('decides who may read on the primary: a removed admin loses the list at once', async () => {
    const { owner, admin, schoolId } = await schoolWithTwoAdmins();
    const members = await gql(a.base, MEMBERS, { s: schoolId }, owner.token);
    const membershipId = members.body.data.school.members.edges.find(
      (e: any) => e.node.user.id === admin.user.id,
    ).node.id;
    await replay(false);
    try {
      const removed = await gql(
        a.base,
        `mutation($s: ID!, $m: [ID!]!) { removeMembers(schoolId: $s, membershipIds: $m) { __typename } }`,
        { s: schoolId, m: [membershipId] },
        owner.token,
      );
      expect(removed.body.errors).toBeUndefined();
      const after = await gql(b.base, LIST, { s: schoolId }, admin.token);
      expect(after.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      // The owner's member list, read after their own write, no longer has the admin.
      const left = await gql(b.base, MEMBERS, { s: schoolId }, owner.token);
      const ids = left.body.data.school.members.edges.map((e: any) => e.node.user.id);
      expect(ids).not.toContain(admin.user.id);
    } finally {
      await replay(true);
    }
  });

  it('reads everything on the primary while the standby is down', async () => {
    const { owner, admin, schoolId } = await schoolWithTwoAdmins();
    await replica.stop();
    const made = await create(a, schoolId, owner.token);
    // The first read that finds it gone falls back to the primary, and nothing more goes there.
    for (const server of [a, b, a, b])
      expect((await statuses(server, schoolId, admin.token)).get(made.id)).toBe('ACTIVE');
    for (const server of [a, b]) expect(server.output()).not.toMatch(/"level":(50|60)/);
  });
});
