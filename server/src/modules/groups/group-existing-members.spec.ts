import { codes, testConfig, useTestApp } from '../../../test/harness';
import type { SeedGroup, SeedSchool, SeedUser } from '../../../test/seed';

const REDEEM = `mutation($code: String) { redeemInvitation(input: { code: $code }) {
  alreadyMember addedToGroups { id } membership { role groups { id } } } }`;
const ADD = `mutation($g: ID!, $m: [ID!]!) { addGroupMembers(groupId: $g, membershipIds: $m) { id } }`;
const REMOVE = `mutation($g: ID!, $m: [ID!]!) { removeGroupMembers(groupId: $g, membershipIds: $m) { id } }`;

describe('groups: members of the school redeeming invitations into groups', () => {
  const app = useTestApp({ rateLimits: { ...testConfig().rateLimits, enabled: false } });
  let school: SeedSchool;

  beforeAll(async () => {
    school = await app.seed.school();
  });

  const redeem = (who: SeedUser, invitation: { code: string }) =>
    app.as(who).query(REDEEM, { code: invitation.code });
  const change = async (document: string, group: SeedGroup, who: SeedUser) =>
    expect(
      codes(
        await app.as(school.owner).query(document, {
          g: group.id,
          m: [await app.seed.membershipId(school, who)],
        }),
      ),
    ).toEqual([]);
  /** A member of the school with `role`, in `groups`. */
  const memberIn = async (groups: SeedGroup[], role: 'STUDENT' | 'TEACHER' = 'STUDENT') => {
    const member = await app.seed.member(school, role);
    for (const group of groups) await change(ADD, group, member);
    return member;
  };
  /** What redeeming the invitation has left behind, each from its own table. */
  const traces = (invitationId: string) =>
    app.db
      .query(
        `SELECT i.use_count AS uses,
                (SELECT count(*)::int FROM redemptions r WHERE r.invitation_id = i.id) AS redemptions,
                (SELECT count(*)::int FROM group_members gm WHERE gm.invitation_id = i.id) AS group_rows,
                (SELECT count(*)::int FROM memberships m WHERE m.invitation_id = i.id) AS memberships,
                (SELECT count(*)::int FROM audit_events a
                  WHERE a.action = 'invitation.redeemed' AND a.target_id = i.id) AS redeemed_events,
                (SELECT count(*)::int FROM audit_events a
                  WHERE a.action = 'group.members_added' AND a.detail->>'invitationId' = i.id::text) AS added_events,
                (SELECT count(*)::int FROM audit_events a
                  WHERE a.action = 'member.joined' AND a.detail->>'invitationId' = i.id::text) AS joined_events
           FROM invitations i WHERE i.id = $1`,
        [invitationId],
      )
      .then((rows: Record<string, number>[]) => rows[0]!);
  const nothing = {
    uses: 0,
    redemptions: 0,
    group_rows: 0,
    memberships: 0,
    redeemed_events: 0,
    added_events: 0,
    joined_events: 0,
  };
  const groupsOf = async (who: SeedUser) =>
    (
      await app.db.query(
        `SELECT gm.group_id FROM group_members gm JOIN memberships m ON m.id = gm.membership_id
          WHERE m.school_id = $1 AND m.user_id = $2 ORDER BY gm.group_id`,
        [school.id, who.id],
      )
    ).map((row: { group_id: string }) => row.group_id);
  const sorted = (...groups: SeedGroup[]) => groups.map((g) => g.id).sort();

  it('consumes nothing from a member already in every group of the invitation', async () => {
    const [a, b] = [await app.seed.group(school), await app.seed.group(school)];
    const member = await memberIn([a!, b!]);
    const invitation = await app.seed.invitation(school, { groups: [a!, b!], maxUses: 1 });
    const result = await redeem(member, invitation);
    expect(result.data!.redeemInvitation).toMatchObject({ alreadyMember: true, addedToGroups: [] });
    expect(await traces(invitation.id)).toEqual(nothing);
    // The one use is still there for someone else.
    const [newcomer] = await app.seed.users(1);
    expect(codes(await redeem(newcomer!, invitation))).toEqual([]);
  });

  it('adds a member to the groups they miss for one use, once, however often they redeem', async () => {
    const [a, b] = [await app.seed.group(school), await app.seed.group(school)];
    const teacher = await memberIn([a!], 'TEACHER');
    const invitation = await app.seed.invitation(school, { groups: [a!, b!], maxUses: 3 });
    const results = await Promise.all(
      Array.from({ length: 10 }, () => redeem(teacher, invitation)),
    );
    expect(results.flatMap(codes)).toEqual([]);
    const added = results.filter((r) => r.data!.redeemInvitation.addedToGroups.length > 0);
    expect(added).toHaveLength(1);
    expect(added[0]!.data!.redeemInvitation).toEqual({
      alreadyMember: true,
      addedToGroups: [{ id: b!.id }],
      // Joining a class through a STUDENT invitation leaves a teacher a teacher.
      membership: {
        role: 'TEACHER',
        groups: expect.arrayContaining([{ id: a!.id }, { id: b!.id }]),
      },
    });
    const once = {
      ...nothing,
      uses: 1,
      redemptions: 1,
      group_rows: 1,
      redeemed_events: 1,
      added_events: 1,
    };
    expect(await traces(invitation.id)).toEqual(once);
    const [event] = await app.db.query(
      `SELECT detail->'groupIds' AS groups FROM audit_events
        WHERE action = 'group.members_added' AND detail->>'invitationId' = $1`,
      [invitation.id],
    );
    expect(event.groups).toEqual([b!.id]);

    // Taken out of the group and redeeming again: back in, still for the one use they took.
    await change(REMOVE, b!, teacher);
    const again = await redeem(teacher, invitation);
    expect(again.data!.redeemInvitation.addedToGroups).toEqual([{ id: b!.id }]);
    expect(await groupsOf(teacher)).toEqual(sorted(a!, b!));
    expect(await traces(invitation.id)).toMatchObject({ uses: 1, redemptions: 1 });
  });

  it('lets exactly maxUses of the members who miss the group in, when they race', async () => {
    const group = await app.seed.group(school);
    const members: SeedUser[] = [];
    for (let i = 0; i < 12; i++) members.push(await app.seed.member(school, 'STUDENT'));
    const invitation = await app.seed.invitation(school, { groups: [group], maxUses: 5 });
    const results = await Promise.all(members.map((member) => redeem(member, invitation)));
    expect(results.filter((r) => !r.errors)).toHaveLength(5);
    expect(results.flatMap(codes)).toEqual(Array(7).fill('INVITATION_USED_UP'));
    expect(await traces(invitation.id)).toEqual({
      ...nothing,
      uses: 5,
      redemptions: 5,
      group_rows: 5,
      redeemed_events: 5,
      added_events: 5,
    });
  });

  it('needs a seat for a member who misses a capped group, and consumes nothing without one', async () => {
    const open = await app.seed.group(school);
    const full = await app.seed.group(school, { capacity: 1 });
    await memberIn([full]);
    const member = await memberIn([open]);
    const invitation = await app.seed.invitation(school, { groups: [open, full], maxUses: 2 });
    expect(codes(await redeem(member, invitation))).toEqual(['INVITATION_GROUP_FULL']);
    expect(await traces(invitation.id)).toEqual(nothing);
    expect(await groupsOf(member)).toEqual([open.id]);
  });

  it('refuses a member who misses groups through a revoked or used-up invitation, not one in all of them', async () => {
    const [a, b] = [await app.seed.group(school), await app.seed.group(school)];
    const missing = await memberIn([a!]);
    const inAll = await memberIn([a!, b!]);

    const revoked = await app.seed.invitation(school, { groups: [a!, b!] });
    await app
      .as(school.owner)
      .query(`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id: revoked.id });
    expect(codes(await redeem(missing, revoked))).toEqual(['INVITATION_REVOKED']);
    const unchanged = await redeem(inAll, revoked);
    expect(unchanged.data!.redeemInvitation).toMatchObject({
      alreadyMember: true,
      addedToGroups: [],
    });
    expect(await traces(revoked.id)).toEqual(nothing);

    const usedUp = await app.seed.invitation(school, { groups: [a!, b!], maxUses: 1 });
    const [newcomer] = await app.seed.users(1);
    expect(codes(await redeem(newcomer!, usedUp))).toEqual([]);
    expect(codes(await redeem(missing, usedUp))).toEqual(['INVITATION_USED_UP']);
    expect((await redeem(inAll, usedUp)).data!.redeemInvitation.alreadyMember).toBe(true);
    expect(await traces(usedUp.id)).toMatchObject({ uses: 1, redemptions: 1, group_rows: 2 });
    expect(await groupsOf(missing)).toEqual([a!.id]);
  });

  it('refuses a member who misses a group that was archived, since its invitations were revoked', async () => {
    const [a, b] = [await app.seed.group(school), await app.seed.group(school)];
    const member = await memberIn([a!]);
    const invitation = await app.seed.invitation(school, { groups: [a!, b!] });
    await app
      .as(school.owner)
      .query(`mutation($id: ID!) { archiveGroup(id: $id) { id } }`, { id: b!.id });
    expect(codes(await redeem(member, invitation))).toEqual(['INVITATION_REVOKED']);
    expect(await groupsOf(member)).toEqual([a!.id]);
  });
});
