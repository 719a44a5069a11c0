import { codes, testConfig, useTestApp, type GqlResult } from '../../../test/harness';
import type { SeedGroup, SeedSchool, SeedUser } from '../../../test/seed';

const CREATE = `mutation($s: ID!, $g: [ID!], $r: SchoolRole) {
  createInvitation(input: { schoolId: $s, groupIds: $g, role: $r }) { id role code link viewerCanRevoke } }`;
const BATCH = `mutation($s: ID!, $g: [ID!]!, $n: Int, $r: SchoolRole) {
  createInvitationBatch(input: { schoolId: $s, groupIds: $g, perGroup: $n, role: $r }) {
    id role code link viewerCanRevoke groups { id } } }`;
const INVITATION = `query($id: ID!) { invitation(id: $id) { id code link viewerCanRevoke } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) { status } }`;
const REVOKE_MANY = `mutation($s: ID!, $ids: [ID!]!) { revokeInvitations(schoolId: $s, ids: $ids) { id status } }`;
const GROUP = `query($id: ID!) { group(id: $id) { viewerCanManage
  invitations { totalCount edges { node { id code link viewerCanRevoke } } } } }`;
const CAN_MANAGE = `query($id: ID!) { group(id: $id) { viewerCanManage } }`;
const ADD = `mutation($g: ID!, $m: [ID!]!) { addGroupMembers(groupId: $g, membershipIds: $m) { memberCount } }`;
const REMOVE = `mutation($g: ID!, $m: [ID!]!) { removeGroupMembers(groupId: $g, membershipIds: $m) { memberCount } }`;
const SET_LEADERS = `mutation($g: ID!, $m: [ID!]!) { setGroupLeaders(groupId: $g, membershipIds: $m) { id } }`;
const MY_CLASSES = `query($s: ID!) { school(id: $s) { viewerLeadsGroups
  groups(ledByViewer: true) { totalCount edges { node { id } } } } }`;
const SCHOOL_INVITATIONS = `query($s: ID!) { school(id: $s) { invitations(first: 100) { totalCount edges { node { id } } } } }`;

describe('groups: what a class leader may do', () => {
  const app = useTestApp({ rateLimits: { ...testConfig().rateLimits, enabled: false } });
  let school: SeedSchool;
  let leader: SeedUser;
  let bystander: SeedUser;
  let admin: SeedUser;
  let own: SeedGroup;
  let own2: SeedGroup;
  let other: SeedGroup;

  beforeAll(async () => {
    school = await app.seed.school();
    leader = await app.seed.member(school, 'TEACHER');
    bystander = await app.seed.member(school, 'TEACHER');
    admin = await app.seed.member(school, 'ADMIN');
    own = await app.seed.group(school, { name: 'Class 5A', leaders: [leader] });
    own2 = await app.seed.group(school, { name: 'Class 5B', leaders: [leader] });
    other = await app.seed.group(school, { name: 'Class 5C' });
  });

  const invitationBy = (who: SeedUser, groups: SeedGroup[]) =>
    app.seed.invitation(school, { creator: who, groups });
  const status = (id: string) =>
    app.db
      .query(`SELECT revoked_at IS NOT NULL AS revoked FROM invitations WHERE id = $1`, [id])
      .then((rows: { revoked: boolean }[]) => rows[0]!.revoked);
  const madeBy = (user: SeedUser) =>
    app.db
      .query(
        `SELECT (SELECT count(*)::int FROM invitations WHERE created_by = $1) AS invitations,
                (SELECT count(*)::int FROM audit_events WHERE actor_id = $1 AND action = 'invitation.created') AS audited`,
        [user.id],
      )
      .then((rows: Record<string, number>[]) => rows[0]!);
  const ids = (result: GqlResult, path: (data: any) => { edges: { node: { id: string } }[] }) =>
    path(result.data).edges.map((edge) => edge.node.id);

  it('creates STUDENT invitations into the groups they lead, one or a batch, with code and link', async () => {
    const one = await app.as(leader).query(CREATE, { s: school.id, g: [own.id] });
    expect(one.errors).toBeUndefined();
    expect(one.data!.createInvitation).toMatchObject({
      role: 'STUDENT',
      code: expect.stringMatching(/^[A-Z0-9]+$/),
      link: expect.stringMatching(/^http:\/\/school\.test\/invite\//),
      viewerCanRevoke: true,
    });
    const seen = await app.as(leader).query(INVITATION, { id: one.data!.createInvitation.id });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.invitation).toEqual({
      id: one.data!.createInvitation.id,
      code: one.data!.createInvitation.code,
      link: one.data!.createInvitation.link,
      viewerCanRevoke: true,
    });

    const batch = await app.as(leader).query(BATCH, { s: school.id, g: [own.id, own2.id], n: 2 });
    expect(batch.errors).toBeUndefined();
    expect(batch.data!.createInvitationBatch).toHaveLength(4);
    for (const made of batch.data!.createInvitationBatch)
      expect(made).toMatchObject({
        role: 'STUDENT',
        code: expect.any(String),
        link: expect.any(String),
        viewerCanRevoke: true,
      });

    const before = await madeBy(leader);
    for (const [document, variables] of [
      [CREATE, { s: school.id, g: [other.id] }],
      [CREATE, { s: school.id, g: [own.id, other.id] }],
      [CREATE, { s: school.id, g: [] }],
      [CREATE, { s: school.id, g: [own.id], r: 'TEACHER' }],
      [BATCH, { s: school.id, g: [own.id, other.id] }],
      [BATCH, { s: school.id, g: [own.id], r: 'ADMIN' }],
    ] as const)
      expect(codes(await app.as(leader).query(document, variables))).toEqual(['FORBIDDEN']);
    expect(await madeBy(leader)).toEqual(before);
  });

  it('sees and revokes only the invitations whose every group they lead', async () => {
    const theirs = await invitationBy(admin, [own]);
    const both = await invitationBy(admin, [own, own2]);
    const mixed = await invitationBy(admin, [own, other]);
    const plain = await invitationBy(admin, []);
    for (const invitation of [theirs, both]) {
      const seen = await app.as(leader).query(INVITATION, { id: invitation.id });
      expect(seen.data!.invitation).toMatchObject({ code: invitation.code, viewerCanRevoke: true });
    }
    for (const invitation of [mixed, plain]) {
      expect(codes(await app.as(leader).query(INVITATION, { id: invitation.id }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(codes(await app.as(leader).query(REVOKE, { id: invitation.id }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(
        codes(
          await app
            .as(leader)
            .query(REVOKE_MANY, { s: school.id, ids: [theirs.id, invitation.id] }),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(await status(invitation.id)).toBe(false);
    }
    // All or none: the refused batches above left the leader's own invitation alone too.
    expect(await status(theirs.id)).toBe(false);
    // The school's list shows a leader only the invitations whose every group they lead.
    const listed = await app.as(leader).query(SCHOOL_INVITATIONS, { s: school.id });
    expect(listed.errors).toBeUndefined();
    const listedIds = JSON.stringify(listed.data);
    for (const invitation of [theirs, both]) expect(listedIds).toContain(invitation.id);
    for (const invitation of [mixed, plain]) expect(listedIds).not.toContain(invitation.id);

    const many = await app
      .as(leader)
      .query(REVOKE_MANY, { s: school.id, ids: [theirs.id, both.id] });
    expect(many.errors).toBeUndefined();
    expect(many.data!.revokeInvitations.map((i: { status: string }) => i.status)).toEqual([
      'REVOKED',
      'REVOKED',
    ]);
    const single = await invitationBy(leader, [own2]);
    expect((await app.as(leader).query(REVOKE, { id: single.id })).data!.revokeInvitation).toEqual({
      status: 'REVOKED',
    });
    const [audited] = await app.db.query(
      `SELECT count(*)::int AS n FROM audit_events
        WHERE action = 'invitation.revoked' AND actor_id = $1 AND target_id = ANY($2)`,
      [leader.id, [theirs.id, both.id, single.id, mixed.id, plain.id]],
    );
    expect(audited.n).toBe(3);
  });

  it("lists a group's invitations: to its leader those whose every group they lead, to an admin all", async () => {
    const group = await app.seed.group(school, { leaders: [leader] });
    const alone = await invitationBy(admin, [group]);
    const withOwn = await invitationBy(leader, [group, own]);
    const withOther = await invitationBy(admin, [group, other]);

    const asLeader = await app.as(leader).query(GROUP, { id: group.id });
    expect(asLeader.errors).toBeUndefined();
    expect(asLeader.data!.group.viewerCanManage).toBe(true);
    expect(asLeader.data!.group.invitations.totalCount).toBe(2);
    expect(asLeader.data!.group.invitations.edges).toEqual(
      [withOwn, alone].map((i) => ({
        node: { id: i.id, code: i.code, link: expect.any(String), viewerCanRevoke: true },
      })),
    );

    const asAdmin = await app.as(admin).query(GROUP, { id: group.id });
    expect(asAdmin.data!.group.invitations.totalCount).toBe(3);
    expect(ids(asAdmin, (data) => data.group.invitations)).toEqual([
      withOther.id,
      withOwn.id,
      alone.id,
    ]);

    // A teacher who does not lead the group sees it (MEMBERS_VIEW), but not its invitations.
    const asBystander = await app.as(bystander).query(GROUP, { id: group.id });
    expect(codes(asBystander)).toEqual(['FORBIDDEN']);
    expect(asBystander.data!.group).toEqual({ viewerCanManage: false, invitations: null });
    const notLed = await app.as(leader).query(GROUP, { id: other.id });
    expect(codes(notLed)).toEqual(['FORBIDDEN']);
    expect(notLed.data!.group).toEqual({ viewerCanManage: false, invitations: null });
  });

  it('adds and removes the students of their groups, never staff and never in other groups', async () => {
    const group = await app.seed.group(school, { leaders: [leader] });
    const member = async (role: 'STUDENT' | 'TEACHER' | 'ADMIN') =>
      app.seed.membershipId(school, await app.seed.member(school, role));
    const [s1, s2, s3] = [
      await member('STUDENT'),
      await member('STUDENT'),
      await member('STUDENT'),
    ];
    const teacher = await member('TEACHER');
    const staff = await member('ADMIN');
    const change = (document: string, g: SeedGroup, m: string[], as = leader) =>
      app.as(as).query(document, { g: g.id, m });
    const inGroup = async (g: SeedGroup) =>
      (
        await app.db.query(
          `SELECT membership_id FROM group_members WHERE group_id = $1 ORDER BY membership_id`,
          [g.id],
        )
      ).map((row: { membership_id: string }) => row.membership_id);

    expect((await change(ADD, group, [s1!, s2!])).data!.addGroupMembers.memberCount).toBe(2);
    expect(codes(await change(ADD, group, [teacher]))).toEqual(['FORBIDDEN']);
    expect(codes(await change(ADD, group, [s3!, staff]))).toEqual(['FORBIDDEN']);
    expect(codes(await change(ADD, other, [s3!]))).toEqual(['FORBIDDEN']);
    expect(await inGroup(group)).toEqual([s1!, s2!].sort());
    expect(await inGroup(other)).toEqual([]);

    expect(codes(await change(ADD, group, [teacher], admin))).toEqual([]);
    expect(codes(await change(REMOVE, group, [teacher]))).toEqual(['FORBIDDEN']);
    expect(codes(await change(REMOVE, group, [s1!, teacher]))).toEqual(['FORBIDDEN']);
    expect((await change(REMOVE, group, [s1!])).data!.removeGroupMembers.memberCount).toBe(2);
    expect(codes(await change(ADD, other, [s1!], admin))).toEqual([]);
    expect(codes(await change(REMOVE, other, [s1!]))).toEqual(['FORBIDDEN']);
    expect(await inGroup(group)).toEqual([s2!, teacher].sort());
    expect(await inGroup(other)).toEqual([s1!]);
  });

  it('is told what they lead and may manage; others are told they may not', async () => {
    const mine = await app.as(leader).query(MY_CLASSES, { s: school.id });
    expect(mine.data!.school.viewerLeadsGroups).toBe(true);
    // Other tests made more groups for this leader: listed are exactly the live ones they lead.
    const theirs = (
      await app.db.query(
        `SELECT g.id FROM group_leaders gl JOIN memberships m ON m.id = gl.membership_id
           JOIN groups g ON g.id = gl.group_id
          WHERE m.user_id = $1 AND g.archived_at IS NULL ORDER BY lower(g.name), g.seq`,
        [leader.id],
      )
    ).map((row: { id: string }) => row.id);
    expect(theirs).toEqual(expect.arrayContaining([own.id, own2.id]));
    expect(ids(mine, (data) => data.school.groups)).toEqual(theirs);
    expect(mine.data!.school.groups.totalCount).toBe(theirs.length);
    for (const viewer of [bystander, admin]) {
      const none = await app.as(viewer).query(MY_CLASSES, { s: school.id });
      expect(none.data!.school).toEqual({
        viewerLeadsGroups: false,
        groups: { totalCount: 0, edges: [] },
      });
    }

    const canManage = async (as: SeedUser, group: SeedGroup) =>
      (await app.as(as).query(CAN_MANAGE, { id: group.id })).data!.group.viewerCanManage;
    expect(await canManage(leader, own)).toBe(true);
    expect(await canManage(admin, own)).toBe(true);
    expect(await canManage(school.owner, own)).toBe(true);
    expect(await canManage(leader, other)).toBe(false);
    expect(await canManage(bystander, own)).toBe(false);

    const archived = await app.seed.group(school, { leaders: [leader] });
    expect(await canManage(leader, archived)).toBe(true);
    await app.as(admin).query(`mutation($id: ID!) { archiveGroup(id: $id) { id } }`, {
      id: archived.id,
    });
    expect(await canManage(leader, archived)).toBe(false);
    expect(await canManage(admin, archived)).toBe(false);
  });

  it('loses every right of a leader the moment setGroupLeaders removes them', async () => {
    const before = await app.seed.member(school, 'TEACHER');
    const after = await app.seed.member(school, 'TEACHER');
    const group = await app.seed.group(school, { leaders: [before] });
    const invitation = await invitationBy(before, [group]);
    const student = await app.seed.membershipId(school, await app.seed.member(school, 'STUDENT'));
    expect((await app.as(before).query(MY_CLASSES, { s: school.id })).data!.school).toEqual({
      viewerLeadsGroups: true,
      groups: { totalCount: 1, edges: [{ node: { id: group.id } }] },
    });
    // Only those who manage groups choose their leaders.
    const afterId = await app.seed.membershipId(school, after);
    expect(codes(await app.as(before).query(SET_LEADERS, { g: group.id, m: [afterId] }))).toEqual([
      'FORBIDDEN',
    ]);

    expect(codes(await app.as(admin).query(SET_LEADERS, { g: group.id, m: [afterId] }))).toEqual(
      [],
    );

    const refused = [
      await app.as(before).query(INVITATION, { id: invitation.id }),
      await app.as(before).query(REVOKE, { id: invitation.id }),
      await app.as(before).query(REVOKE_MANY, { s: school.id, ids: [invitation.id] }),
      await app.as(before).query(CREATE, { s: school.id, g: [group.id] }),
      await app.as(before).query(BATCH, { s: school.id, g: [group.id] }),
      await app.as(before).query(ADD, { g: group.id, m: [student] }),
    ];
    expect(refused.map(codes)).toEqual(Array(refused.length).fill(['FORBIDDEN']));
    expect(await status(invitation.id)).toBe(false);
    const formerly = await app.as(before).query(GROUP, { id: group.id });
    expect(formerly.data!.group).toEqual({ viewerCanManage: false, invitations: null });
    expect((await app.as(before).query(MY_CLASSES, { s: school.id })).data!.school).toEqual({
      viewerLeadsGroups: false,
      groups: { totalCount: 0, edges: [] },
    });

    const now = await app.as(after).query(INVITATION, { id: invitation.id });
    expect(now.data!.invitation).toMatchObject({ code: invitation.code, viewerCanRevoke: true });
    expect((await app.as(after).query(CAN_MANAGE, { id: group.id })).data!.group).toEqual({
      viewerCanManage: true,
    });
  });
});
