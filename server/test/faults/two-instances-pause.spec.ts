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

/** A pause lives in PostgreSQL too: once one instance says paused, the other admits no one. */
describe('two server instances on one database: pausing invitations', () => {
  let db: Awaited<ReturnType<typeof startDatabase>>;
  let a: Server;
  let b: Server;
  let owner: { token: string };
  let pupils: { token: string; user: { id: string } }[];

  beforeAll(async () => {
    db = await startDatabase();
    // Every request comes from 127.0.0.1, and many are turned away: only the pause is under test.
    const env = {
      ...ONE_ADDRESS_ENV,
      RATE_LIMIT_REDEEM_PER_USER_PER_MINUTE: '100000',
    };
    [a, b] = await Promise.all([startServer(db.url, env), startServer(db.url, env)]);
    ({ owner, pupils } = await seedSchool(a.base, 40));
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.stop();
  });

  const data = async (server: Server, query: string, variables: Record<string, unknown>) => {
    const { body } = await gql(server.base, query, variables, owner.token);
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  const memberCount = async (schoolId: string) =>
    (
      await sql<{ n: number }>(
        db.url,
        `SELECT count(*)::int AS n FROM memberships WHERE school_id = $1`,
        [schoolId],
      )
    )[0]!.n;

  it('refuses on both instances every redemption that starts after a pause returned, 3 rounds', async () => {
    for (let round = 0; round < 3; round++) {
      // A school of its own each round, so the same pupils arrive as newcomers every time.
      const { createSchool } = await data(
        a,
        `mutation($n: String!) { createSchool(input: { name: $n }) { id } }`,
        { n: `Pause ${round} ${Date.now()}` },
      );
      const schoolId: string = createSchool.id;
      const { createGroup } = await data(
        b,
        `mutation($s: ID!) { createGroup(input: { schoolId: $s, name: "Year 7" }) { id } }`,
        { s: schoolId },
      );
      const create = `mutation($s: ID!, $g: [ID!]) { createInvitation(input: { schoolId: $s, groupIds: $g }) { id code } }`;
      const invitations = [
        (await data(a, create, { s: schoolId })).createInvitation,
        (await data(b, create, { s: schoolId, g: [createGroup.id] })).createInvitation,
      ] as { id: string; code: string }[];

      // Paused through one instance, while pupils redeem through both, alternating.
      const pausedBy = round % 2 ? a : b;
      let pause: Promise<unknown> | undefined;
      let pauseReturned = false;
      let membersWhenPaused = -1;
      const attempts: { late: boolean; result: ReturnType<typeof gql> }[] = [];
      for (const [i, pupil] of pupils.entries()) {
        if (i === 10)
          pause = data(pausedBy, `mutation($s: ID!) { pauseInvitations(schoolId: $s) { id } }`, {
            s: schoolId,
          }).then(async () => {
            pauseReturned = true;
            membersWhenPaused = await memberCount(schoolId);
          });
        if (i === 30) await pause;
        attempts.push({
          late: pauseReturned,
          result: gql(
            (i % 2 ? a : b).base,
            OPERATIONS.redeemByCode,
            { c: invitations[i % 2]!.code },
            pupil.token,
          ),
        });
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      await pause;
      const results = await Promise.all(attempts.map((attempt) => attempt.result));
      const codesOf = (result: (typeof results)[number]) =>
        (result.body.errors ?? []).map((error) => error.extensions?.code);

      const late = attempts.flatMap((attempt, i) => (attempt.late ? [results[i]!] : []));
      expect(late.length).toBeGreaterThanOrEqual(10);
      expect(late.flatMap(codesOf)).toEqual(Array(late.length).fill('INVITATION_PAUSED'));
      expect(results.flatMap(codesOf).filter((code) => code !== 'INVITATION_PAUSED')).toEqual([]);

      const joined = results.filter((result) => !result.body.errors).length;
      expect(await memberCount(schoolId)).toBe(membersWhenPaused);
      // The owner, and each pupil who was told they joined.
      expect(membersWhenPaused).toBe(1 + joined);
      const [row] = await sql(
        db.url,
        `SELECT (SELECT count(*)::int FROM redemptions WHERE invitation_id = ANY($1)) AS redemptions,
                (SELECT sum(use_count)::int FROM invitations WHERE id = ANY($1)) AS uses`,
        [invitations.map((invitation) => invitation.id)],
      );
      expect(row).toEqual({ redemptions: joined, uses: joined });
    }
  }, 120_000);
});
