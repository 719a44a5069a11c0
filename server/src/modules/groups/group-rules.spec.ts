import { codes, testConfig, useTestApp, type GqlResult } from '../../../test/harness';
import type { SeedGroup, SeedSchool, SeedUser } from '../../../test/seed';

const CREATE_GROUP = `mutation($i: CreateGroupInput!) { createGroup(input: $i) { id name leaders { id } } }`;
const SET_LEADERS = `mutation($g: ID!, $m: [ID!]!) { setGroupLeaders(groupId: $g, membershipIds: $m) { leaders { id } } }`;
const ARCHIVE = `mutation($id: ID!) { archiveGroup(id: $id) { archivedAt viewerCanManage } }`;
const ADD = `mutation($g: ID!, $m: [ID!]!) { addGroupMembers(groupId: $g, membershipIds: $m) { memberCount } }`;
const CREATE_INVITATION = `mutation($s: ID!, $g: [ID!]) {
  createInvitation(input: { schoolId: $s, groupIds: $g }) { id } }`;
const CREATE_BATCH = `mutation($s: ID!, $g: [ID!]!) {
  createInvitationBatch(input: { schoolId: $s, groupIds: $g }) { id } }`;
const REDEEM = `mutation($code: String) { redeemInvitation(input: { code: $code }) { alreadyMember } }`;

const fieldOf = (result: GqlResult) => result.errors?.[0]?.extensions?.field;

describe('groups: the rules of making, staffing and archiving them', () => {
  const app = useTestApp({ rateLimits: { ...testConfig().rateLimits, enabled: false } });
  let school: SeedSchool;
  let other: SeedSchool;

  beforeAll(async () => {
    school = await app.seed.school();
    other = await app.seed.school();
  });

  const createGroup = (input: Record<string, unknown>, as: SeedUser = school.owner) =>
    app.as(as).query(CREATE_GROUP, { i: { schoolId: school.id, ...input } });
  const archive = (group: { id: string }) => app.as(school.owner).query(ARCHIVE, { id: group.id });
  const groupsNamed = (name: string) =>
    app.db
      .query(`SELECT count(*)::int AS n FROM groups WHERE school_id = $1 AND lower(name) = $2`, [
        school.id,
        name.toLowerCase(),
      ])
      .then((rows: { n: number }[]) => rows[0]!.n);
  /** What creating an invitation writes anywhere, for the school. */
  const invitationWrites = (schoolId: string) =>
    app.db
      .query(
        `SELECT (SELECT count(*)::int FROM invitations WHERE school_id = $1) AS invitations,
                (SELECT count(*)::int FROM invitation_groups ig JOIN groups g ON g.id = ig.group_id
                  WHERE g.school_id = $1) AS joins,
                (SELECT count(*)::int FROM audit_events
                  WHERE school_id = $1 AND action = 'invitation.created') AS audited`,
        [schoolId],
      )
      .then((rows: { invitations: number; joins: number; audited: number }[]) => rows[0]!);

  describe('names', () => {
    it('are unique among the live groups of a school, whatever their case or spacing', async () => {
      expect(codes(await createGroup({ name: 'Year 8 Rowan' }))).toEqual([]);
      for (const name of ['Year 8 Rowan', 'YEAR 8 ROWAN', 'year 8 rowan', '  Year 8 Rowan  ']) {
        const again = await createGroup({ name });
        expect(codes(again)).toEqual(['CONFLICT']);
        expect(fieldOf(again)).toBe('name');
      }
      expect(await groupsNamed('Year 8 Rowan')).toBe(1);
      // Another school has a namespace of its own.
      const elsewhere = await app
        .as(other.owner)
        .query(CREATE_GROUP, { i: { schoolId: other.id, name: 'Year 8 Rowan' } });
      expect(codes(elsewhere)).toEqual([]);
    });

    it('are freed by archiving, for one live group again', async () => {
      const first = await createGroup({ name: 'Year 9 Cedar' });
      expect(codes(await archive(first.data!.createGroup))).toEqual([]);
      const second = await createGroup({ name: 'year 9 cedar' });
      expect(codes(second)).toEqual([]);
      expect(second.data!.createGroup.id).not.toBe(first.data!.createGroup.id);
      expect(codes(await createGroup({ name: 'Year 9 CEDAR' }))).toEqual(['CONFLICT']);
      expect(await groupsNamed('Year 9 Cedar')).toBe(2);
    });

    it('let exactly one of ten parallel creations with one name through', async () => {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          createGroup({ name: i % 2 ? 'Robotics Club' : 'robotics club', kind: 'CLUB' }),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.flatMap(codes)).toEqual(Array(9).fill('CONFLICT'));
      expect(await groupsNamed('Robotics Club')).toBe(1);
    });
  });

  describe('leaders', () => {
    it('must be members of the school who are a teacher, an admin or the owner', async () => {
      const teacher = await app.seed.member(school, 'TEACHER');
      const admin = await app.seed.member(school, 'ADMIN');
      const leaders = await Promise.all(
        [teacher, admin, school.owner].map((user) => app.seed.membershipId(school, user)),
      );
      const made = await createGroup({ name: 'Year 10 Ash', leaderIds: leaders });
      expect(codes(made)).toEqual([]);
      expect(made.data!.createGroup.leaders.map((u: { id: string }) => u.id).sort()).toEqual(
        [teacher.id, admin.id, school.owner.id].sort(),
      );

      const student = await app.seed.member(school, 'STUDENT');
      const teacherElsewhere = await app.seed.member(other, 'TEACHER');
      for (const leaderIds of [
        [await app.seed.membershipId(school, student)],
        [leaders[0], await app.seed.membershipId(other, teacherElsewhere)],
        ['5b1e4a5e-0000-4000-8000-000000000000'],
        ['not-an-id'],
      ]) {
        const refused = await createGroup({ name: 'Year 10 Birch', leaderIds });
        expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
        expect(fieldOf(refused)).toBe('leaderIds');
      }
      expect(await groupsNamed('Year 10 Birch')).toBe(0);
    });

    it('are replaced by setGroupLeaders under the same rule, and only by those who manage groups', async () => {
      const [a, b] = [
        await app.seed.member(school, 'TEACHER'),
        await app.seed.member(school, 'TEACHER'),
      ];
      const group = await app.seed.group(school, { leaders: [a] });
      const set = (ids: string[], as: SeedUser = school.owner) =>
        app.as(as).query(SET_LEADERS, { g: group.id, m: ids });
      const bId = await app.seed.membershipId(school, b);
      const replaced = await set([bId]);
      expect(replaced.data!.setGroupLeaders.leaders).toEqual([{ id: b.id }]);

      const student = await app.seed.membershipId(school, await app.seed.member(school, 'STUDENT'));
      const refused = await set([bId, student]);
      expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(fieldOf(refused)).toBe('leaderIds');
      expect(codes(await set([student], b))).toEqual(['FORBIDDEN']);
      const [row] = await app.db.query(
        `SELECT array_agg(membership_id) AS ids FROM group_leaders WHERE group_id = $1`,
        [group.id],
      );
      expect(row.ids).toEqual([bId]);
      expect((await set([])).data!.setGroupLeaders.leaders).toEqual([]);
    });
  });

  describe('invitations into groups', () => {
    it('refuse a group of another school, an archived one or an unknown one, writing nothing', async () => {
      const live = await app.seed.group(school);
      const foreign = await app.seed.group(other);
      const archived = await app.seed.group(school);
      expect(codes(await archive(archived))).toEqual([]);
      const before = await invitationWrites(school.id);
      for (const groupIds of [
        [foreign.id],
        [live.id, foreign.id],
        [archived.id],
        [live.id, archived.id],
        [live.id, '5b1e4a5e-0000-4000-8000-000000000000'],
      ]) {
        for (const document of [CREATE_INVITATION, CREATE_BATCH]) {
          const refused = await app.as(school.owner).query(document, { s: school.id, g: groupIds });
          expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
          expect(fieldOf(refused)).toBe('groupIds');
        }
      }
      expect(await invitationWrites(school.id)).toEqual(before);
      expect(
        codes(await app.as(school.owner).query(CREATE_INVITATION, { s: school.id, g: [live.id] })),
      ).toEqual([]);
      expect(await invitationWrites(school.id)).toEqual({
        invitations: before.invitations + 1,
        joins: before.joins + 1,
        audited: before.audited + 1,
      });
    });
  });

  describe('archiving', () => {
    it('returns the same archivedAt when repeated, one after the other or at once', async () => {
      const group = await app.seed.group(school);
      const first = await archive(group);
      const again = await archive(group);
      const at = (result: GqlResult) => new Date(result.data!.archiveGroup.archivedAt).getTime();
      expect(at(first)).toBeGreaterThan(0);
      expect(at(again)).toBe(at(first));

      const raced = await app.seed.group(school);
      const results = await Promise.all(Array.from({ length: 5 }, () => archive(raced)));
      expect(results.flatMap(codes)).toEqual([]);
      expect(new Set(results.map(at)).size).toBe(1);
      const [events] = await app.db.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'group.archived' AND target_id = ANY($1)`,
        [[group.id, raced.id]],
      );
      expect(events.n).toBe(2);
    });

    it('revokes every live invitation into the group, each audited once, and keeps its members', async () => {
      const group = await app.seed.group(school);
      const neighbour = await app.seed.group(school);
      const own = await app.seed.invitation(school, { groups: [group] });
      const shared = await app.seed.invitation(school, { groups: [group, neighbour] });
      const revokedBefore = await app.seed.invitation(school, { groups: [group] });
      const untouched = await app.seed.invitation(school, { groups: [neighbour] });
      const [pupil] = await app.seed.users(1);
      expect(codes(await app.as(pupil!).query(REDEEM, { code: own.code }))).toEqual([]);
      await app
        .as(school.owner)
        .query(`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id: revokedBefore.id });

      const archived = await archive(group);
      expect(archived.data!.archiveGroup).toMatchObject({ viewerCanManage: false });

      const [event] = await app.db.query(
        `SELECT actor_id, detail FROM audit_events WHERE action = 'group.archived' AND target_id = $1`,
        [group.id],
      );
      expect(event).toEqual({ actor_id: school.owner.id, detail: { revokedInvitations: 2 } });
      const revocations: { target_id: string; n: number }[] = await app.db.query(
        `SELECT target_id, count(*)::int AS n FROM audit_events
          WHERE action = 'invitation.revoked' AND target_id = ANY($1) GROUP BY target_id ORDER BY target_id`,
        [[own.id, shared.id, revokedBefore.id, untouched.id]],
      );
      expect(revocations).toEqual(
        [own.id, shared.id, revokedBefore.id].sort().map((target_id) => ({ target_id, n: 1 })),
      );
      const statuses: { id: string; revoked: boolean }[] = await app.db.query(
        `SELECT id, revoked_at IS NOT NULL AS revoked FROM invitations WHERE id = ANY($1) ORDER BY id`,
        [[own.id, shared.id, untouched.id]],
      );
      expect(Object.fromEntries(statuses.map((s) => [s.id, s.revoked]))).toEqual({
        [own.id]: true,
        [shared.id]: true,
        [untouched.id]: false,
      });

      const [member] = await app.db.query(
        `SELECT m.role FROM memberships m WHERE m.school_id = $1 AND m.user_id = $2`,
        [school.id, pupil!.id],
      );
      expect(member).toEqual({ role: 'STUDENT' });
    });

    it('freezes the group: no members added, no leaders changed, not listed unless asked', async () => {
      const teacher = await app.seed.member(school, 'TEACHER');
      const group: SeedGroup = await app.seed.group(school, { name: 'Year 11 Elm' });
      expect(codes(await archive(group))).toEqual([]);
      const student = await app.seed.membershipId(school, await app.seed.member(school, 'STUDENT'));
      expect(codes(await app.as(school.owner).query(ADD, { g: group.id, m: [student] }))).toEqual([
        'CONFLICT',
      ]);
      expect(
        codes(
          await app.as(school.owner).query(SET_LEADERS, {
            g: group.id,
            m: [await app.seed.membershipId(school, teacher)],
          }),
        ),
      ).toEqual(['CONFLICT']);
      const list = `query($s: ID!, $a: Boolean) { school(id: $s) {
        groups(search: "Year 11 Elm", includeArchived: $a) { totalCount edges { node { id } } } } }`;
      const live = await app.as(school.owner).query(list, { s: school.id, a: false });
      expect(live.data!.school.groups.totalCount).toBe(0);
      const all = await app.as(school.owner).query(list, { s: school.id, a: true });
      expect(all.data!.school.groups.edges).toEqual([{ node: { id: group.id } }]);
    });
  });

  describe('members by hand', () => {
    it('are added all or none, within the capacity, and only from the school', async () => {
      const group = await app.seed.group(school, { capacity: 3 });
      const students = await Promise.all(
        Array.from({ length: 4 }, async () =>
          app.seed.membershipId(school, await app.seed.member(school, 'STUDENT')),
        ),
      );
      const add = (ids: string[]) => app.as(school.owner).query(ADD, { g: group.id, m: ids });
      expect((await add(students.slice(0, 2))).data!.addGroupMembers.memberCount).toBe(2);
      const over = await add(students.slice(1, 4));
      expect(codes(over)).toEqual(['CONFLICT']);
      expect(fieldOf(over)).toBe('membershipIds');
      const outsider = await app.seed.membershipId(other, await app.seed.member(other, 'STUDENT'));
      const foreign = await add([students[2]!, outsider]);
      expect(codes(foreign)).toEqual(['BAD_USER_INPUT']);
      expect(fieldOf(foreign)).toBe('membershipIds');
      // Someone already in the group takes no second seat.
      expect((await add(students.slice(0, 3))).data!.addGroupMembers.memberCount).toBe(3);
      const [row] = await app.db.query(
        `SELECT count(*)::int AS n FROM group_members WHERE group_id = $1`,
        [group.id],
      );
      expect(row.n).toBe(3);
    });
  });
});
