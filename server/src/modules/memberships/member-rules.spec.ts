import { LIMITS } from '@school-invites/shared';
import { codes, testConfig, useTestApp, type GqlResult } from '../../../test/harness';
import { OPERATIONS } from '../../../test/operations';
import { SEED_PASSWORD, type SeedSchool, type SeedUser } from '../../../test/seed';

const REDEEM = `mutation($c: String) { redeemInvitation(input: { code: $c }) {
  alreadyMember membership { id } addedToGroups { id } } }`;
const PREVIEW = `query($c: String) { invitationPreview(code: $c) { invitationsPaused viewerIsBlocked } }`;
const REMOVE = `mutation($s: ID!, $m: [ID!]!, $b: Boolean, $r: String) {
  removeMembers(schoolId: $s, membershipIds: $m, block: $b, reason: $r) { removed blocked } }`;
const UNBLOCK = `mutation($s: ID!, $u: ID!) { unblockUser(schoolId: $s, userId: $u) }`;
const ROLE = `mutation($m: ID!, $r: SchoolRole!) { changeMemberRole(membershipId: $m, role: $r) { role } }`;
const LEAVE = `mutation($s: ID!) { leaveSchool(schoolId: $s) }`;
const TRANSFER = `mutation($s: ID!, $m: ID!) { transferOwnership(schoolId: $s, membershipId: $m) { id } }`;
const LEADERS = `query($id: ID!) { group(id: $id) { leaders { id } } }`;
const PAUSE = `mutation($s: ID!) { pauseInvitations(schoolId: $s) { id } }`;
const RESUME = `mutation($s: ID!) { resumeInvitations(schoolId: $s) { id } }`;

describe('members and safety: the rules around removing, blocking, leaving and roles', () => {
  const app = useTestApp({ rateLimits: { ...testConfig().rateLimits, enabled: false } });

  /** Each test works in a school of its own, so its counts are its own. */
  const ownSchool = () => app.seed.school();

  const remove = async (school: SeedSchool, users: SeedUser[], block = false) => {
    const m = await Promise.all(users.map((user) => app.seed.membershipId(school, user)));
    const removed = await app.as(school.owner).query(REMOVE, { s: school.id, m, b: block });
    expect(removed.errors).toBeUndefined();
  };

  const isMember = async (school: SeedSchool, user: SeedUser) => {
    const rows: unknown[] = await app.db.query(
      `SELECT 1 FROM memberships WHERE school_id = $1 AND user_id = $2`,
      [school.id, user.id],
    );
    return rows.length === 1;
  };

  it("stops a removed member's sessions and API tokens seeing the school from their next request", async () => {
    const school = await ownSchool();
    const member = await app.seed.member(school, 'ADMIN');
    const invitation = await app.seed.invitation(school);
    const created = await app
      .as(member)
      .query(`mutation { createApiToken(name: "script") { secret } }`);
    const apiToken: string = created.data!.createApiToken.secret;
    const look = (token: string) =>
      app.gql(
        `query($s: ID!, $i: ID!) { mySchools { id } school(id: $s) { id } invitation(id: $i) { id } }`,
        { s: school.id, i: invitation.id },
        { token },
      );
    for (const token of [member.token, apiToken]) {
      const before = await look(token);
      expect(before.errors).toBeUndefined();
      expect(before.data!.mySchools).toEqual([{ id: school.id }]);
    }

    await remove(school, [member]);

    for (const token of [member.token, apiToken]) {
      const after = await look(token);
      expect(codes(after)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
      expect(after.data).toEqual({ mySchools: [], school: null, invitation: null });
      // Nor can they act there any more.
      expect(
        codes(await app.gql(OPERATIONS.createInvitation, { s: school.id }, { token })),
      ).toEqual(['NOT_FOUND']);
    }
  });

  it('never deletes invitations, redemptions or audit events when it removes members', async () => {
    const school = await ownSchool();
    const admin = await app.seed.member(school, 'ADMIN');
    const hers = await app.seed.invitation(school, { creator: admin, maxUses: 10 });
    const pupils = await app.seed.users(3);
    for (const pupil of pupils)
      expect(codes(await app.as(pupil).query(REDEEM, { c: hers.code }))).toEqual([]);
    await app.as(admin).query(OPERATIONS.createInvitation, { s: school.id });
    const rows = async () => {
      const [invitations, redemptions, events] = await Promise.all([
        app.db.query(
          `SELECT id, use_count, revoked_at FROM invitations WHERE school_id = $1 ORDER BY id`,
          [school.id],
        ),
        app.db.query(
          `SELECT id, user_id, redeemed_at FROM redemptions WHERE school_id = $1 ORDER BY id`,
          [school.id],
        ),
        app.db.query(`SELECT id, action FROM audit_events WHERE school_id = $1 ORDER BY seq`, [
          school.id,
        ]),
      ]);
      return { invitations, redemptions, events };
    };
    const before = await rows();
    expect(before.invitations).toHaveLength(2);
    expect(before.redemptions).toHaveLength(3);

    await remove(school, [admin, pupils[0]!]);
    await remove(school, [pupils[1]!], true);

    const after = await rows();
    expect(after.invitations).toEqual(before.invitations);
    expect(after.redemptions).toEqual(before.redemptions);
    expect(after.events.slice(0, before.events.length)).toEqual(before.events);
    expect(after.events.slice(before.events.length).map((event: any) => event.action)).toEqual(
      Array(3).fill('member.removed'),
    );
  });

  it('lets removed members keep their accounts: they still sign in, as themselves', async () => {
    const school = await ownSchool();
    const member = await app.seed.member(school, 'TEACHER');
    await remove(school, [member], true);
    const [user] = await app.db.query(`SELECT id, email FROM users WHERE id = $1`, [member.id]);
    expect(user).toEqual({ id: member.id, email: member.email });
    const signedIn = await app.gql(OPERATIONS.signIn, { e: member.email, p: SEED_PASSWORD });
    expect(signedIn.errors).toBeUndefined();
    for (const token of [signedIn.data!.signIn.token, member.token]) {
      const me = await app.gql(`{ me { id email } mySchools { id } }`, {}, { token });
      expect(me.data).toEqual({ me: { id: member.id, email: member.email }, mySchools: [] });
    }
  });

  it('ends the leadership of a leader who is removed or leaves, and does not restore it when they come back', async () => {
    const school = await ownSchool();
    for (const goes of ['removed', 'leaves'] as const) {
      const leader = await app.seed.member(school, 'TEACHER');
      const membershipId = await app.seed.membershipId(school, leader);
      const groups = [
        await app.seed.group(school, { leaders: [leader] }),
        await app.seed.group(school, { leaders: [leader] }),
      ];
      if (goes === 'removed') await remove(school, [leader]);
      else
        expect((await app.as(leader).query(LEAVE, { s: school.id })).data!.leaveSchool).toBe(true);

      for (const group of groups)
        expect((await app.as(school.owner).query(LEADERS, { id: group.id })).data!.group).toEqual({
          leaders: [],
        });
      const [left] = await app.db.query(
        `SELECT count(*)::int AS n FROM group_leaders WHERE membership_id = $1`,
        [membershipId],
      );
      expect(left.n).toBe(0);

      // Coming back is a new membership: leading is given again, not remembered.
      const back = await app.seed.invitation(school, { role: 'TEACHER' });
      expect(codes(await app.as(leader).query(REDEEM, { c: back.code }))).toEqual([]);
      expect(
        (await app.as(school.owner).query(LEADERS, { id: groups[0]!.id })).data!.group.leaders,
      ).toEqual([]);
    }
  });

  it('ends the leadership of a leader made STUDENT, and says so in the audit trail', async () => {
    const school = await ownSchool();
    const leader = await app.seed.member(school, 'TEACHER');
    const membershipId = await app.seed.membershipId(school, leader);
    const groups = [
      await app.seed.group(school, { leaders: [leader] }),
      await app.seed.group(school, { leaders: [leader] }),
    ];
    // Made ADMIN, they may still lead: nothing ends.
    expect(codes(await app.as(school.owner).query(ROLE, { m: membershipId, r: 'ADMIN' }))).toEqual(
      [],
    );
    expect(
      (await app.as(school.owner).query(LEADERS, { id: groups[0]!.id })).data!.group.leaders,
    ).toEqual([{ id: leader.id }]);

    const demoted = await app.as(school.owner).query(ROLE, { m: membershipId, r: 'STUDENT' });
    expect(demoted.data!.changeMemberRole).toEqual({ role: 'STUDENT' });
    for (const group of groups)
      expect(
        (await app.as(school.owner).query(LEADERS, { id: group.id })).data!.group.leaders,
      ).toEqual([]);
    const events: { actor_id: string; detail: any }[] = await app.db.query(
      `SELECT actor_id, detail FROM audit_events
        WHERE school_id = $1 AND action = 'member.role_changed' AND target_id = $2 ORDER BY seq`,
      [school.id, membershipId],
    );
    expect(events).toEqual([
      {
        actor_id: school.owner.id,
        detail: { userId: leader.id, from: 'TEACHER', to: 'ADMIN', endedLeaderships: [] },
      },
      {
        actor_id: school.owner.id,
        detail: {
          userId: leader.id,
          from: 'ADMIN',
          to: 'STUDENT',
          endedLeaderships: expect.arrayContaining(groups.map((group) => group.id)),
        },
      },
    ]);
    expect(events[1]!.detail.endedLeaderships).toHaveLength(2);
  });

  it('answers false, and records nothing, when unblocking someone who is not blocked', async () => {
    const school = await ownSchool();
    const member = await app.seed.member(school, 'STUDENT');
    const [stranger] = await app.seed.users(1);
    const unblocked = async (userId: string) => {
      const result = await app.as(school.owner).query(UNBLOCK, { s: school.id, u: userId });
      expect(result.errors).toBeUndefined();
      return result.data!.unblockUser;
    };
    for (const userId of [member.id, stranger!.id, '00000000-0000-0000-0000-000000000000', 'nope'])
      expect(await unblocked(userId)).toBe(false);
    // Unblocking twice: true, then false.
    await remove(school, [member], true);
    expect(await unblocked(member.id)).toBe(true);
    expect(await unblocked(member.id)).toBe(false);
    const [events] = await app.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE school_id = $1 AND action = 'member.unblocked'`,
      [school.id],
    );
    expect(events.n).toBe(1);
  });

  it('refuses a reason over 500 characters, and more than 500 members at once, removing no one', async () => {
    const school = await ownSchool();
    const member = await app.seed.member(school, 'STUDENT');
    const m = await app.seed.membershipId(school, member);
    const tooLong = await app
      .as(school.owner)
      .query(REMOVE, { s: school.id, m: [m], b: true, r: 'x'.repeat(LIMITS.blockReasonMax + 1) });
    expect(codes(tooLong)).toEqual(['BAD_USER_INPUT']);
    const many = [
      m,
      ...Array.from({ length: LIMITS.membersPerRemovalMax }, () => crypto.randomUUID()),
    ];
    expect(codes(await app.as(school.owner).query(REMOVE, { s: school.id, m: many }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await app.as(school.owner).query(REMOVE, { s: school.id, m: [] }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await isMember(school, member)).toBe(true);

    // 500 characters are counted as the database counts them: code points, not UTF-16 units.
    const longest = '🙂'.repeat(LIMITS.blockReasonMax);
    const removed = await app
      .as(school.owner)
      .query(REMOVE, { s: school.id, m: [m], b: true, r: longest });
    expect(removed.data!.removeMembers).toEqual({ removed: 1, blocked: 1 });
    const [block] = await app.db.query(`SELECT reason FROM school_blocks WHERE user_id = $1`, [
      member.id,
    ]);
    expect(block.reason).toBe(longest);
  });

  it('hands the school only to one of its members', async () => {
    const school = await ownSchool();
    const elsewhere = await ownSchool();
    const former = await app.seed.member(school, 'ADMIN');
    const formerId = await app.seed.membershipId(school, former);
    await app.as(former).query(LEAVE, { s: school.id });
    const notMembers = [
      await app.seed.membershipId(elsewhere, elsewhere.owner),
      formerId,
      '00000000-0000-0000-0000-000000000000',
      'not-a-uuid',
    ];
    for (const m of notMembers)
      expect({
        m,
        codes: codes(await app.as(school.owner).query(TRANSFER, { s: school.id, m })),
      }).toEqual({
        m,
        codes: ['BAD_USER_INPUT'],
      });
    const owners = await app.db.query(
      `SELECT user_id FROM memberships WHERE school_id = ANY($1) AND role = 'OWNER' ORDER BY user_id`,
      [[school.id, elsewhere.id]],
    );
    expect(owners.map((row: { user_id: string }) => row.user_id).sort()).toEqual(
      [school.owner.id, elsewhere.owner.id].sort(),
    );
  });

  it('tells the invitation page that a school paused, and that the viewer is blocked, to that viewer only', async () => {
    const school = await ownSchool();
    const invitation = await app.seed.invitation(school);
    const blocked = await app.seed.member(school, 'STUDENT');
    const [stranger] = await app.seed.users(1);
    await remove(school, [blocked], true);
    const previews = async () => ({
      anonymous: (await app.gql(PREVIEW, { c: invitation.code })).data!.invitationPreview,
      stranger: (await app.as(stranger!).query(PREVIEW, { c: invitation.code })).data!
        .invitationPreview,
      blocked: (await app.as(blocked).query(PREVIEW, { c: invitation.code })).data!
        .invitationPreview,
    });
    const as = (paused: boolean, blockedToo: boolean) => ({
      anonymous: { invitationsPaused: paused, viewerIsBlocked: false },
      stranger: { invitationsPaused: paused, viewerIsBlocked: false },
      blocked: { invitationsPaused: paused, viewerIsBlocked: blockedToo },
    });
    expect(await previews()).toEqual(as(false, true));
    expect(codes(await app.as(school.owner).query(PAUSE, { s: school.id }))).toEqual([]);
    expect(await previews()).toEqual(as(true, true));
    expect(
      codes(await app.as(school.owner).query(UNBLOCK, { s: school.id, u: blocked.id })),
    ).toEqual([]);
    expect(await previews()).toEqual(as(true, false));
    expect(codes(await app.as(school.owner).query(RESUME, { s: school.id }))).toEqual([]);
    expect(await previews()).toEqual(as(false, false));
  });

  it("shows a blocked person's name to the school, but not their email: they belong to it no more", async () => {
    const school = await ownSchool();
    const blocked = await app.seed.member(school, 'STUDENT');
    await remove(school, [blocked], true);
    const result = await app
      .as(school.owner)
      .query(
        `query($s: ID!) { school(id: $s) { blockedUsers { edges { node { user { name email } } } } } }`,
        {
          s: school.id,
        },
      );
    expect(result.data!.school.blockedUsers.edges).toEqual([
      { node: { user: { name: blocked.name, email: null } } },
    ]);
    expect(codes(result)).toEqual(['FORBIDDEN']);
  });

  it('lets someone who left join again through the same invitation, for a use each time', async () => {
    const school = await ownSchool();
    const group = await app.seed.group(school);
    const [person] = await app.seed.users(1);
    for (const groups of [[], [group]]) {
      const invitation = await app.seed.invitation(school, { maxUses: 3, groups });
      const counts = async () => {
        const [row] = await app.db.query(
          `SELECT (SELECT use_count FROM invitations WHERE id = $1) AS uses,
                  (SELECT count(*)::int FROM redemptions WHERE invitation_id = $1) AS redemptions,
                  (SELECT count(*)::int FROM audit_events
                    WHERE action = 'invitation.redeemed' AND target_id = $1) AS redeemed_events`,
          [invitation.id],
        );
        return row;
      };
      const join = async () => {
        const joined = await app.as(person!).query(REDEEM, { c: invitation.code });
        expect(joined.errors).toBeUndefined();
        return joined.data!.redeemInvitation;
      };
      // Joins; redeeming again while a member takes nothing.
      expect((await join()).alreadyMember).toBe(false);
      expect((await join()).alreadyMember).toBe(true);
      expect(await counts()).toEqual({ uses: 1, redemptions: 1, redeemed_events: 1 });
      // Leaves and comes back; is removed (unblocked) and comes back.
      expect(codes(await app.as(person!).query(LEAVE, { s: school.id }))).toEqual([]);
      const second = await join();
      expect(second).toMatchObject({
        alreadyMember: false,
        addedToGroups: groups.map(({ id }) => ({ id })),
      });
      expect(await counts()).toEqual({ uses: 2, redemptions: 2, redeemed_events: 2 });
      await remove(school, [person!], true);
      expect(codes(await app.as(person!).query(REDEEM, { c: invitation.code }))).toEqual([
        'INVITATION_NOT_ALLOWED',
      ]);
      await app.as(school.owner).query(UNBLOCK, { s: school.id, u: person!.id });
      const third = await join();
      expect(await counts()).toEqual({ uses: 3, redemptions: 3, redeemed_events: 3 });
      // The history keeps every join; only the last one's membership is still there.
      const history = await app
        .as(school.owner)
        .query(
          `query($id: ID!) { invitation(id: $id) { status redemptions { edges { node { membership { id } } } } } }`,
          { id: invitation.id },
        );
      expect(history.data!.invitation).toEqual({
        status: 'USED_UP',
        redemptions: {
          edges: [
            { node: { membership: { id: third.membership.id } } },
            { node: { membership: null } },
            { node: { membership: null } },
          ],
        },
      });
      // Out of uses now: leaving and coming back through it again is refused.
      expect(codes(await app.as(person!).query(LEAVE, { s: school.id }))).toEqual([]);
      expect(codes(await app.as(person!).query(REDEEM, { c: invitation.code }))).toEqual([
        'INVITATION_USED_UP',
      ]);
      expect(await counts()).toEqual({ uses: 3, redemptions: 3, redeemed_events: 3 });
      expect(await isMember(school, person!)).toBe(false);
    }
  });

  it('lists blocked people, redemptions and audit events newest first, page after page, past a power of ten', async () => {
    // Positions are numbers: after 99 comes 100, which compared as text would come before 11.
    const rowsToPassAPowerOfTen = async (table: string) => {
      const [{ last }] = await app.db.query(
        `SELECT coalesce(max(seq), 0)::int AS last FROM ${table}`,
      );
      return 10 ** String(last + 1).length - last + 5;
    };
    // Each person makes a redemption, a block, and three audit events (redeemed, joined, removed).
    const n = Math.max(
      await rowsToPassAPowerOfTen('redemptions'),
      await rowsToPassAPowerOfTen('school_blocks'),
      Math.ceil((await rowsToPassAPowerOfTen('audit_events')) / 3),
    );
    const school = await ownSchool();
    const invitation = await app.seed.invitation(school);
    const people = await app.seed.users(n);
    for (let i = 0; i < n; i += 50) {
      const joined = await Promise.all(
        people
          .slice(i, i + 50)
          .map((person) => app.as(person).query(REDEEM, { c: invitation.code })),
      );
      expect(joined.flatMap(codes)).toEqual([]);
    }
    for (let i = 0; i < n; i += LIMITS.membersPerRemovalMax)
      await remove(school, people.slice(i, i + LIMITS.membersPerRemovalMax), true);

    const lists = [
      {
        field: `school(id: $id) { list: blockedUsers(first: 100, after: $after) {
          edges { node { user { id } } } pageInfo { hasNextPage endCursor } } }`,
        id: school.id,
        key: (node: any) => node.user.id,
        sql: `SELECT user_id AS key, seq FROM school_blocks WHERE school_id = $1 ORDER BY seq DESC`,
      },
      {
        field: `invitation(id: $id) { list: redemptions(first: 100, after: $after) {
          edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        id: invitation.id,
        key: (node: any) => node.id,
        sql: `SELECT id AS key, seq FROM redemptions WHERE invitation_id = $1 ORDER BY seq DESC`,
      },
      {
        field: `school(id: $id) { list: auditEvents(first: 100, after: $after) {
          edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        id: school.id,
        key: (node: any) => node.id,
        sql: `SELECT id AS key, seq FROM audit_events WHERE school_id = $1 ORDER BY seq DESC`,
      },
    ];
    for (const list of lists) {
      const expected: { key: string; seq: string }[] = await app.db.query(list.sql, [list.id]);
      expect(expected[0]!.seq.length).toBeGreaterThan(expected.at(-1)!.seq.length);
      const listed: string[] = [];
      let after: string | null = null;
      for (let more = true; more;) {
        const page: GqlResult = await app
          .as(school.owner)
          .query(`query($id: ID!, $after: String) { object: ${list.field} }`, {
            id: list.id,
            after,
          });
        expect(page.errors).toBeUndefined();
        const { edges, pageInfo } = page.data!.object.list;
        listed.push(...edges.map((edge: any) => list.key(edge.node)));
        more = pageInfo.hasNextPage;
        after = pageInfo.endCursor;
      }
      expect(listed).toEqual(expected.map((row) => row.key));
    }
  });
});
