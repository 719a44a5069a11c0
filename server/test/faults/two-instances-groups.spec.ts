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

/** A group's capacity lives in PostgreSQL too: two server processes fill it exactly. */
describe('two server instances on one database: group capacity', () => {
  let db: Awaited<ReturnType<typeof startDatabase>>;
  let a: Server;
  let b: Server;
  let owner: { token: string };
  let pupils: { token: string; user: { id: string } }[];

  beforeAll(async () => {
    db = await startDatabase();
    // Every request comes from 127.0.0.1, and every pupil is turned away once a round: only the
    // group's capacity is under test here.
    const env = {
      ...ONE_ADDRESS_ENV,
      RATE_LIMIT_REDEEM_PER_USER_PER_MINUTE: '100000',
    };
    [a, b] = await Promise.all([startServer(db.url, env), startServer(db.url, env)]);
    ({ owner, pupils } = await seedSchool(a.base, 50));
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

  /** A school of its own for each round, so the same pupils arrive as newcomers every time. */
  const schoolWithGroup = async (round: number) => {
    const { createSchool } = await data(
      a,
      `mutation($n: String!) { createSchool(input: { name: $n }) { id } }`,
      { n: `Two instances ${round} ${Date.now()}` },
    );
    const { createGroup } = await data(
      b,
      `mutation($s: ID!) { createGroup(input: { schoolId: $s, name: "Year 7", capacity: 5 }) { id } }`,
      { s: createSchool.id },
    );
    return { schoolId: createSchool.id as string, groupId: createGroup.id as string };
  };

  /** 50 redemptions, one per pupil, alternating between the instances. */
  const race = (codes: string[]) =>
    Promise.all(
      pupils.map((pupil, i) =>
        gql((i % 2 ? a : b).base, OPERATIONS.redeemByCode, { c: codes[i] }, pupil.token),
      ),
    );

  const expectExactlyFive = async (
    results: Awaited<ReturnType<typeof race>>,
    groupId: string,
    invitationIds: string[],
  ) => {
    expect(results.filter((r) => !r.body.errors)).toHaveLength(5);
    expect(results.flatMap((r) => r.body.errors ?? []).map((e) => e.extensions?.code)).toEqual(
      Array(45).fill('INVITATION_GROUP_FULL'),
    );
    const [row] = await sql(
      db.url,
      `SELECT (SELECT count(*)::int FROM group_members WHERE group_id = $1) AS in_group,
              (SELECT count(*)::int FROM memberships WHERE invitation_id = ANY($2)) AS memberships,
              (SELECT count(*)::int FROM redemptions WHERE invitation_id = ANY($2)) AS redemptions,
              (SELECT sum(use_count)::int FROM invitations WHERE id = ANY($2)) AS uses`,
      [groupId, invitationIds],
    );
    expect(row).toEqual({ in_group: 5, memberships: 5, redemptions: 5, uses: 5 });
  };

  it('lets exactly 5 of 50 people through one invitation into a group with 5 seats, 3 times over', async () => {
    for (let round = 0; round < 3; round++) {
      const { schoolId, groupId } = await schoolWithGroup(round);
      const { createInvitation } = await data(
        a,
        `mutation($s: ID!, $g: [ID!]) { createInvitation(input: { schoolId: $s, groupIds: $g }) { id code } }`,
        { s: schoolId, g: [groupId] },
      );
      const results = await race(pupils.map(() => createInvitation.code));
      await expectExactlyFive(results, groupId, [createInvitation.id]);
    }
  }, 120_000);

  it('lets exactly 5 of 50 people through 50 single-use slips into a group with 5 seats, twice over', async () => {
    for (let round = 3; round < 5; round++) {
      const { schoolId, groupId } = await schoolWithGroup(round);
      const { createInvitationBatch: slips } = await data(
        b,
        `mutation($s: ID!, $g: ID!) {
          createInvitationBatch(input: { schoolId: $s, groupIds: [$g], perGroup: 50 }) { id code } }`,
        { s: schoolId, g: groupId },
      );
      const results = await race(slips.map((slip: { code: string }) => slip.code));
      await expectExactlyFive(
        results,
        groupId,
        slips.map((slip: { id: string }) => slip.id),
      );
    }
  }, 120_000);
});
