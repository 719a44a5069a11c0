import { codes, testConfig, useTestApp, type GqlResult } from '../../../test/harness';
import type { SeedSchool, SeedUser } from '../../../test/seed';

const REDEEM = `mutation($c: String) { redeemInvitation(input: { code: $c }) {
  alreadyMember membership { id } addedToGroups { id } } }`;
const REMOVE = `mutation($s: ID!, $m: [ID!]!) {
  removeMembers(schoolId: $s, membershipIds: $m, block: true) { removed blocked } }`;
const UNBLOCK = `mutation($s: ID!, $u: ID!) { unblockUser(schoolId: $s, userId: $u) }`;

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('members and safety: removing and blocking while the person joins', () => {
  // Rate limits have their own tests; here they would only get in the way of the races.
  const app = useTestApp({ rateLimits: { ...testConfig().rateLimits, enabled: false } });
  let school: SeedSchool;

  beforeAll(async () => {
    school = await app.seed.school();
  });

  /** Where `person` stands in the school: member or not, and the groups they are in. */
  const standing = async (person: SeedUser) => {
    const [row] = await app.db.query(
      `SELECT (SELECT count(*)::int FROM memberships WHERE school_id = $1 AND user_id = $2) AS memberships,
              (SELECT coalesce(array_agg(gm.group_id ORDER BY gm.group_id), '{}') FROM group_members gm
                 JOIN memberships m ON m.id = gm.membership_id WHERE m.school_id = $1 AND m.user_id = $2) AS groups,
              EXISTS (SELECT 1 FROM school_blocks WHERE school_id = $1 AND user_id = $2) AS blocked`,
      [school.id, person.id],
    );
    return row as { memberships: number; groups: string[]; blocked: boolean };
  };

  /** Each invitation's use count, beside the redemptions it has. */
  const usesAndRedemptions = (invitationIds: string[]) =>
    app.db.query(
      `SELECT i.use_count AS uses, (SELECT count(*)::int FROM redemptions r WHERE r.invitation_id = i.id) AS redemptions
         FROM invitations i WHERE i.id = ANY($1) ORDER BY i.id`,
      [invitationIds],
    ) as Promise<{ uses: number; redemptions: number }[]>;

  const agree = (rows: { uses: number; redemptions: number }[]) =>
    rows.every((row) => row.uses === row.redemptions);

  /** A group, an invitation into it, and one into the school alone. */
  const invitations = async () => {
    const group = await app.seed.group(school);
    return {
      group,
      intoGroup: await app.seed.invitation(school, { groups: [group] }),
      plain: await app.seed.invitation(school),
    };
  };

  it('never leaves someone a member, or in a group, once their removal with a block returned, 20 rounds', async () => {
    for (let round = 0; round < 20; round++) {
      const { group, intoGroup, plain } = await invitations();
      // A member not in the group: redeeming the invitation into it adds them (GROUPS_ADDED).
      const person = await app.seed.member(school, 'STUDENT');
      const membershipId = await app.seed.membershipId(school, person);
      const redeems: Promise<GqlResult>[] = [];
      let removal: Promise<GqlResult> | undefined;
      // They redeem both, six times over; the removal starts at a different point each round.
      for (let i = 0; i < 6; i++) {
        if (i === round % 6)
          removal = app.as(school.owner).query(REMOVE, { s: school.id, m: [membershipId] });
        redeems.push(app.as(person).query(REDEEM, { c: intoGroup.code }));
        redeems.push(app.as(person).query(REDEEM, { c: plain.code }));
        await tick();
      }
      const removed = await removal!;
      const results = await Promise.all(redeems);

      expect(removed.data?.removeMembers).toEqual({ removed: 1, blocked: 1 });
      // Each redemption either came first (they were a member) or was refused as blocked.
      expect(results.flatMap(codes).filter((code) => code !== 'INVITATION_NOT_ALLOWED')).toEqual(
        [],
      );
      expect(await standing(person)).toEqual({ memberships: 0, groups: [], blocked: true });
      const [row] = await app.db.query(
        `SELECT count(*)::int AS n FROM group_members WHERE group_id = $1`,
        [group.id],
      );
      expect(row.n).toBe(0);
      expect(agree(await usesAndRedemptions([intoGroup.id, plain.id]))).toBe(true);
      // And from now on, every time.
      for (const code of [intoGroup.code, plain.code])
        expect(codes(await app.as(person).query(REDEEM, { c: code }))).toEqual([
          'INVITATION_NOT_ALLOWED',
        ]);
    }
  });

  it('lets a blocked former member in only through the requests that follow their unblocking, 10 rounds', async () => {
    for (let round = 0; round < 10; round++) {
      const { group, intoGroup, plain } = await invitations();
      const person = await app.seed.member(school, 'STUDENT');
      const removed = await app
        .as(school.owner)
        .query(REMOVE, { s: school.id, m: [await app.seed.membershipId(school, person)] });
      expect(removed.errors).toBeUndefined();

      let unblockReturned = false;
      let unblock: Promise<GqlResult> | undefined;
      const attempts: { late: boolean; code: string; result: Promise<GqlResult> }[] = [];
      for (let i = 0; i < 8; i++) {
        if (i === round % 4)
          unblock = app
            .as(school.owner)
            .query(UNBLOCK, { s: school.id, u: person.id })
            .then((result) => {
              unblockReturned = true;
              return result;
            });
        // The last two of each start only after the unblocking returned.
        if (i === 6) await unblock;
        for (const code of [intoGroup.code, plain.code])
          attempts.push({
            late: unblockReturned,
            code,
            result: app.as(person).query(REDEEM, { c: code }),
          });
        await tick();
      }
      expect((await unblock!).data?.unblockUser).toBe(true);
      const results = await Promise.all(attempts.map((attempt) => attempt.result));

      expect(results.flatMap(codes).filter((code) => code !== 'INVITATION_NOT_ALLOWED')).toEqual(
        [],
      );
      const late = attempts.flatMap((attempt, i) => (attempt.late ? [results[i]!] : []));
      expect(late.length).toBeGreaterThanOrEqual(4);
      expect(late.flatMap(codes)).toEqual([]);
      // What they were told agrees with where they stand: a member, in the group exactly when a
      // redemption of the invitation into it succeeded (all of them did once unblocked).
      const joinedGroup = attempts.some(
        (attempt, i) => attempt.code === intoGroup.code && !results[i]!.errors,
      );
      expect(joinedGroup).toBe(true);
      expect(await standing(person)).toEqual({
        memberships: 1,
        groups: [group.id],
        blocked: false,
      });
      // One use of each invitation at most: they joined once, and stayed.
      const counted = await usesAndRedemptions([intoGroup.id, plain.id]);
      expect(agree(counted)).toBe(true);
      expect(counted.every((row) => row.uses <= 1)).toBe(true);
      expect(counted.reduce((sum, row) => sum + row.uses, 0)).toBeGreaterThanOrEqual(1);
    }
  });
});
