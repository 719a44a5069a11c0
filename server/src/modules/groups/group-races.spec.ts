import { codes, testConfig, useTestApp, type GqlResult } from '../../../test/harness';
import type { SeedGroup, SeedSchool, SeedUser } from '../../../test/seed';

const REDEEM = `mutation($code: String) { redeemInvitation(input: { code: $code }) {
  alreadyMember addedToGroups { id } } }`;
const ADD = `mutation($g: ID!, $m: [ID!]!) { addGroupMembers(groupId: $g, membershipIds: $m) { id } }`;
const ARCHIVE = `mutation($id: ID!) { archiveGroup(id: $id) { archivedAt } }`;
const SLIPS = `mutation($s: ID!, $g: ID!, $n: Int) {
  createInvitationBatch(input: { schoolId: $s, groupIds: [$g], perGroup: $n }) { id code } }`;

describe('groups: capacity and archiving under concurrent joins', () => {
  // Rate limits have their own tests; here they would only get in the way of the races.
  const app = useTestApp({ rateLimits: { ...testConfig().rateLimits, enabled: false } });
  let school: SeedSchool;

  beforeAll(async () => {
    school = await app.seed.school();
  });

  /** Records that agree: `n` of each. */
  const records = (n: number) => ({
    in_group: n,
    memberships: n,
    redemptions: n,
    uses: n,
    redeemed_events: n,
    joined_events: n,
    added_events: n,
  });

  /**
   * Every record a join through `invitationIds` leaves, each counted from its own table: the
   * group's rows, the school's memberships, the redemptions, the use counts and the audit trail.
   */
  const joinRecords = (groupId: string, invitationIds: string[]) =>
    app.db
      .query(
        `SELECT
           (SELECT count(*)::int FROM group_members WHERE group_id = $1 AND invitation_id = ANY($2)) AS in_group,
           (SELECT count(*)::int FROM memberships WHERE invitation_id = ANY($2)) AS memberships,
           (SELECT count(*)::int FROM redemptions WHERE invitation_id = ANY($2)) AS redemptions,
           (SELECT sum(use_count)::int FROM invitations WHERE id = ANY($2)) AS uses,
           (SELECT count(*)::int FROM audit_events
             WHERE action = 'invitation.redeemed' AND target_id = ANY($2)) AS redeemed_events,
           (SELECT count(*)::int FROM audit_events
             WHERE action = 'member.joined' AND (detail->>'invitationId')::uuid = ANY($2)) AS joined_events,
           (SELECT count(*)::int FROM audit_events
             WHERE action = 'group.members_added' AND (detail->>'invitationId')::uuid = ANY($2)) AS added_events`,
        [groupId, invitationIds],
      )
      .then((rows: ReturnType<typeof records>[]) => rows[0]!);

  const groupSize = (groupId: string) =>
    app.db
      .query(`SELECT count(*)::int AS n FROM group_members WHERE group_id = $1`, [groupId])
      .then((rows: { n: number }[]) => rows[0]!.n);

  /** The users among `people` who are members of the school and of the group, sorted. */
  const inSchoolAndGroup = async (group: SeedGroup, people: SeedUser[]) => {
    const rows: { user_id: string }[] = await app.db.query(
      `SELECT m.user_id FROM memberships m JOIN group_members gm ON gm.membership_id = m.id
        WHERE m.school_id = $1 AND gm.group_id = $2 AND m.user_id = ANY($3) ORDER BY m.user_id`,
      [school.id, group.id, people.map((p) => p.id)],
    );
    return rows.map((row) => row.user_id);
  };
  const inSchool = async (people: SeedUser[]) => {
    const rows: { user_id: string }[] = await app.db.query(
      `SELECT user_id FROM memberships WHERE school_id = $1 AND user_id = ANY($2) ORDER BY user_id`,
      [school.id, people.map((p) => p.id)],
    );
    return rows.map((row) => row.user_id);
  };
  const succeeded = (people: SeedUser[], results: GqlResult[]) =>
    people
      .filter((_, i) => !results[i]!.errors)
      .map((p) => p.id)
      .sort();

  /** A group of `capacity` that already holds `count` students of the school. */
  const groupWithMembers = async (capacity: number, count: number) => {
    const group = await app.seed.group(school, { capacity });
    const members: SeedUser[] = [];
    for (let i = 0; i < count; i++) members.push(await app.seed.member(school, 'STUDENT'));
    if (count) {
      const ids = await Promise.all(members.map((m) => app.seed.membershipId(school, m)));
      expect(codes(await app.as(school.owner).query(ADD, { g: group.id, m: ids }))).toEqual([]);
    }
    return { group, members };
  };

  it('lets exactly 5 of 50 people racing one invitation into a group with 5 seats left, 10 times over', async () => {
    for (let round = 0; round < 10; round++) {
      const { group } = await groupWithMembers(8, 3);
      const invitation = await app.seed.invitation(school, { groups: [group] });
      const people = await app.seed.users(50);
      const results = await Promise.all(
        people.map((p) => app.as(p).query(REDEEM, { code: invitation.code })),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(5);
      expect(results.flatMap(codes)).toEqual(Array(45).fill('INVITATION_GROUP_FULL'));
      expect(await groupSize(group.id)).toBe(8);
      expect(await joinRecords(group.id, [invitation.id])).toEqual(records(5));
      // The five who were told they joined are exactly the five in the school and the group.
      const joined = succeeded(people, results);
      expect(await inSchoolAndGroup(group, people)).toEqual(joined);
      expect(await inSchool(people)).toEqual(joined);
    }
  });

  it('lets exactly 5 of 50 people racing 50 single-use slips into a group with 5 seats, 10 times over', async () => {
    for (let round = 0; round < 10; round++) {
      const { group } = await groupWithMembers(7, 2);
      const made = await app.as(school.owner).query(SLIPS, { s: school.id, g: group.id, n: 50 });
      expect(made.errors).toBeUndefined();
      const slips: { id: string; code: string }[] = made.data!.createInvitationBatch;
      const people = await app.seed.users(50);
      const results = await Promise.all(
        people.map((p, i) => app.as(p).query(REDEEM, { code: slips[i]!.code })),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(5);
      expect(results.flatMap(codes)).toEqual(Array(45).fill('INVITATION_GROUP_FULL'));
      expect(await groupSize(group.id)).toBe(7);
      const slipIds = slips.map((slip) => slip.id);
      expect(await joinRecords(group.id, slipIds)).toEqual(records(5));
      const used: { n: number }[] = await app.db.query(
        `SELECT count(*)::int AS n FROM invitations WHERE id = ANY($1) AND use_count = 1`,
        [slipIds],
      );
      expect(used[0]!.n).toBe(5);
      const joined = succeeded(people, results);
      expect(await inSchoolAndGroup(group, people)).toEqual(joined);
      expect(await inSchool(people)).toEqual(joined);
    }
  });

  it('lets a class who redeem two group invitations at once join both, in whatever order each takes them', async () => {
    for (let round = 0; round < 3; round++) {
      const [classGroup, club] = [await app.seed.group(school), await app.seed.group(school)];
      const intoClass = await app.seed.invitation(school, { groups: [classGroup] });
      const intoClub = await app.seed.invitation(school, { groups: [club] });
      const people = await app.seed.users(30);
      // The two invitations' batches take the same people in opposite orders.
      const results = await Promise.all([
        ...people.map((p) => app.as(p).query(REDEEM, { code: intoClass.code })),
        ...[...people].reverse().map((p) => app.as(p).query(REDEEM, { code: intoClub.code })),
      ]);
      expect(results.flatMap(codes)).toEqual([]);
      const everyone = people.map((p) => p.id).sort();
      expect(await inSchoolAndGroup(classGroup, people)).toEqual(everyone);
      expect(await inSchoolAndGroup(club, people)).toEqual(everyone);
      const classRecords = await joinRecords(classGroup.id, [intoClass.id]);
      const clubRecords = await joinRecords(club.id, [intoClub.id]);
      for (const counted of [classRecords, clubRecords])
        expect(counted).toMatchObject({
          in_group: 30,
          redemptions: 30,
          uses: 30,
          redeemed_events: 30,
          added_events: 30,
        });
      // Each joined the school once, through one of the two.
      expect(classRecords.memberships + clubRecords.memberships).toBe(30);
      expect(classRecords.joined_events + clubRecords.joined_events).toBe(30);
    }
  });

  it('lets one person who redeems 20 times at once join once, for one seat and one use', async () => {
    const group = await app.seed.group(school, { capacity: 2 });
    const invitation = await app.seed.invitation(school, { groups: [group], maxUses: 2 });
    const [person] = await app.seed.users(1);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => app.as(person!).query(REDEEM, { code: invitation.code })),
    );
    expect(results.flatMap(codes)).toEqual([]);
    expect(results.filter((r) => !r.data!.redeemInvitation.alreadyMember)).toHaveLength(1);
    expect(await groupSize(group.id)).toBe(1);
    expect(await joinRecords(group.id, [invitation.id])).toEqual(records(1));
  });

  it('stops at whichever of maxUses and capacity is reached first', async () => {
    for (const { maxUses, capacity, refusal } of [
      { maxUses: 3, capacity: 10, refusal: 'INVITATION_USED_UP' },
      { maxUses: 10, capacity: 3, refusal: 'INVITATION_GROUP_FULL' },
    ]) {
      for (let round = 0; round < 3; round++) {
        const group = await app.seed.group(school, { capacity });
        const invitation = await app.seed.invitation(school, { groups: [group], maxUses });
        const people = await app.seed.users(50);
        const results = await Promise.all(
          people.map((p) => app.as(p).query(REDEEM, { code: invitation.code })),
        );
        expect(results.filter((r) => !r.errors)).toHaveLength(3);
        expect(results.flatMap(codes)).toEqual(Array(47).fill(refusal));
        expect(await groupSize(group.id)).toBe(3);
        expect(await joinRecords(group.id, [invitation.id])).toEqual(records(3));
        expect(await inSchool(people)).toEqual(succeeded(people, results));
      }
    }
  });

  it('takes no seat and no use for members already in the group', async () => {
    const { group, members } = await groupWithMembers(3, 3);
    const invitation = await app.seed.invitation(school, { groups: [group], maxUses: 10 });
    for (const member of members) {
      const again = await app.as(member).query(REDEEM, { code: invitation.code });
      expect(again.data!.redeemInvitation).toEqual({ alreadyMember: true, addedToGroups: [] });
    }
    const [newcomer] = await app.seed.users(1);
    expect(codes(await app.as(newcomer!).query(REDEEM, { code: invitation.code }))).toEqual([
      'INVITATION_GROUP_FULL',
    ]);
    expect(await joinRecords(group.id, [invitation.id])).toEqual(records(0));
  });

  it('gives the seats left to those not in the group yet when members of it join the race', async () => {
    for (let round = 0; round < 3; round++) {
      const { group, members: inGroup } = await groupWithMembers(5, 2);
      const invitation = await app.seed.invitation(school, { groups: [group], maxUses: 10 });
      const schoolOnly = [
        await app.seed.member(school, 'STUDENT'),
        await app.seed.member(school, 'STUDENT'),
      ];
      const newcomers = await app.seed.users(46);
      const crowd = [...inGroup, ...schoolOnly, ...newcomers];
      const results = await Promise.all(
        crowd.map((p) => app.as(p).query(REDEEM, { code: invitation.code })),
      );
      // Those in the group already succeed as members, every time, and add nothing.
      for (const result of results.slice(0, 2))
        expect(result.data!.redeemInvitation).toEqual({ alreadyMember: true, addedToGroups: [] });
      const others = results.slice(2);
      expect(others.filter((r) => !r.errors)).toHaveLength(3);
      expect(others.flatMap(codes)).toEqual(Array(45).fill('INVITATION_GROUP_FULL'));
      expect(await groupSize(group.id)).toBe(5);
      const newcomersIn = succeeded(newcomers, results.slice(4)).length;
      expect(await joinRecords(group.id, [invitation.id])).toEqual({
        ...records(3),
        memberships: newcomersIn,
        joined_events: newcomersIn,
      });
      expect(await inSchoolAndGroup(group, crowd)).toEqual(
        [...inGroup.map((p) => p.id), ...succeeded(crowd.slice(2), others)].sort(),
      );
    }
  });

  it('never admits a join into a group once its archiving returned, 5 times over', async () => {
    for (let round = 0; round < 5; round++) {
      const group = await app.seed.group(school);
      const invitation = await app.seed.invitation(school, { groups: [group] });
      const people = await app.seed.users(40);
      let archiveReturned = false;
      let sizeWhenArchived = -1;
      let archive: Promise<GqlResult> | undefined;
      const attempts: { startedAfterArchive: boolean; result: Promise<GqlResult> }[] = [];
      for (const [i, person] of people.entries()) {
        if (i === 10)
          archive = app
            .as(school.owner)
            .query(ARCHIVE, { id: group.id })
            .then(async (result) => {
              archiveReturned = true;
              sizeWhenArchived = await groupSize(group.id);
              return result;
            });
        // The last ten start only after the archiving returned; those before it, around it.
        if (i === 30) await archive;
        attempts.push({
          startedAfterArchive: archiveReturned,
          result: app.as(person).query(REDEEM, { code: invitation.code }),
        });
        await new Promise((resolve) => setImmediate(resolve));
      }
      const archived = await archive!;
      expect(archived.errors).toBeUndefined();
      const results = await Promise.all(attempts.map((attempt) => attempt.result));

      const late = attempts.flatMap((attempt, i) =>
        attempt.startedAfterArchive ? [results[i]!] : [],
      );
      expect(late.length).toBeGreaterThanOrEqual(10);
      expect(late.flatMap(codes)).toEqual(Array(late.length).fill('INVITATION_REVOKED'));
      expect(results.flatMap(codes).filter((code) => code !== 'INVITATION_REVOKED')).toEqual([]);

      expect(await groupSize(group.id)).toBe(sizeWhenArchived);
      const joined = succeeded(people, results);
      expect(sizeWhenArchived).toBe(joined.length);
      expect(await inSchoolAndGroup(group, people)).toEqual(joined);
      expect(await inSchool(people)).toEqual(joined);
      expect(await joinRecords(group.id, [invitation.id])).toEqual(records(joined.length));
      const [afterArchive] = await app.db.query(
        `SELECT count(*)::int AS n FROM group_members gm JOIN groups g ON g.id = gm.group_id
          WHERE g.id = $1 AND gm.added_at > g.archived_at`,
        [group.id],
      );
      expect(afterArchive.n).toBe(0);
    }
  });

  it('leaves no live invitation into a group archived while invitations into it are made, 5 times over', async () => {
    const create = `mutation($s: ID!, $g: [ID!]) { createInvitation(input: { schoolId: $s, groupIds: $g }) { id } }`;
    for (let round = 0; round < 5; round++) {
      const group = await app.seed.group(school);
      // Four of the owner's tabs make five invitations each into the group, one after the
      // other, while it is archived; then one more each, after the archiving returned.
      const results: GqlResult[] = [];
      const createOne = async () =>
        results.push(await app.as(school.owner).query(create, { s: school.id, g: [group.id] }));
      const tabs = Array.from({ length: 4 }, async () => {
        for (let i = 0; i < 5; i++) await createOne();
      });
      await new Promise((resolve) => setImmediate(resolve));
      expect(codes(await app.as(school.owner).query(ARCHIVE, { id: group.id }))).toEqual([]);
      const late = await Promise.all(
        Array.from({ length: 4 }, () =>
          app.as(school.owner).query(create, { s: school.id, g: [group.id] }),
        ),
      );
      await Promise.all(tabs);
      expect(late.flatMap(codes)).toEqual(Array(4).fill('BAD_USER_INPUT'));
      expect(results.flatMap(codes).every((code) => code === 'BAD_USER_INPUT')).toBe(true);
      const made = results.filter((r) => !r.errors).map((r) => r.data!.createInvitation.id);
      const [row] = await app.db.query(
        `SELECT count(*)::int AS live FROM invitation_groups ig JOIN invitations i ON i.id = ig.invitation_id
          WHERE ig.group_id = $1 AND i.revoked_at IS NULL`,
        [group.id],
      );
      expect(row.live).toBe(0);
      const [event] = await app.db.query(
        `SELECT detail FROM audit_events WHERE action = 'group.archived' AND target_id = $1`,
        [group.id],
      );
      expect(event.detail).toEqual({ revokedInvitations: made.length });
    }
  });

  it('keeps a capped group exact while its members are added by hand and join through an invitation', async () => {
    for (let round = 0; round < 5; round++) {
      const group = await app.seed.group(school, { capacity: 10 });
      const invitation = await app.seed.invitation(school, { groups: [group] });
      const students: string[] = [];
      for (let i = 0; i < 12; i++)
        students.push(
          await app.seed.membershipId(school, await app.seed.member(school, 'STUDENT')),
        );
      const people = await app.seed.users(30);
      // Interleaved: an addition of two students after every fifth person who redeems.
      const redeems: Promise<GqlResult>[] = [];
      const adds: Promise<GqlResult>[] = [];
      for (const [i, person] of people.entries()) {
        if (i % 5 === 0) {
          const pair = students.slice((2 * i) / 5, (2 * i) / 5 + 2);
          adds.push(app.as(school.owner).query(ADD, { g: group.id, m: pair }));
        }
        redeems.push(app.as(person).query(REDEEM, { code: invitation.code }));
      }
      const redeemed = await Promise.all(redeems);
      const added = await Promise.all(adds);

      const joined = redeemed.filter((r) => !r.errors).length;
      const addedPairs = added.filter((r) => !r.errors).length;
      expect(redeemed.flatMap(codes).every((code) => code === 'INVITATION_GROUP_FULL')).toBe(true);
      expect(added.flatMap(codes).every((code) => code === 'CONFLICT')).toBe(true);
      // 30 people want the 10 seats, so some were turned away: the group was full then, and
      // nothing leaves it, so it is full now: exactly, never over.
      expect(joined + 2 * addedPairs).toBe(10);
      expect(await groupSize(group.id)).toBe(10);
      expect(await joinRecords(group.id, [invitation.id])).toEqual(records(joined));
      const [byHand] = await app.db.query(
        `SELECT count(*)::int AS n FROM audit_events
          WHERE action = 'group.members_added' AND target_type = 'group' AND target_id = $1`,
        [group.id],
      );
      expect(byHand.n).toBe(addedPairs);
    }
  });
});
