import { codes, testConfig, useTestApp } from '../../../test/harness';
import type { SeedSchool, SeedUser } from '../../../test/seed';

const REDEEM = `mutation($code: String) { redeemInvitation(input: { code: $code }) {
  alreadyMember addedToGroups { name } membership { role groups { name } } } }`;

describe('groups: invitations into classes', () => {
  const app = useTestApp({ rateLimits: { ...testConfig().rateLimits, enabled: false } });
  let school: SeedSchool;
  let teacher: SeedUser;

  beforeAll(async () => {
    school = await app.seed.school();
    teacher = await app.seed.member(school, 'TEACHER');
  });

  it('joins the school and every group of the invitation in one step, and says which', async () => {
    const maple = await app.seed.group(school, { name: 'Year 7 Maple' });
    const chess = await app.seed.group(school, { name: 'Chess club', kind: 'CLUB' });
    const invitation = await app.seed.invitation(school, { groups: [maple, chess] });
    const [pupil] = await app.seed.users(1);
    const joined = await app.as(pupil!).query(REDEEM, { code: invitation.code });
    expect(joined.data!.redeemInvitation).toEqual({
      alreadyMember: false,
      addedToGroups: [{ name: 'Chess club' }, { name: 'Year 7 Maple' }],
      membership: { role: 'STUDENT', groups: [{ name: 'Chess club' }, { name: 'Year 7 Maple' }] },
    });
    const preview = await app.gql(
      `query($c: String) { invitationPreview(code: $c) { groupNames } }`,
      {
        c: invitation.code,
      },
    );
    expect(preview.data!.invitationPreview.groupNames).toEqual(['Chess club', 'Year 7 Maple']);
  });

  it('adds an existing member to the groups they miss, consuming a use once; a second time changes nothing', async () => {
    const group = await app.seed.group(school);
    const invitation = await app.seed.invitation(school, { groups: [group], maxUses: 5 });
    const member = await app.seed.member(school, 'STUDENT');
    const first = await app.as(member).query(REDEEM, { code: invitation.code });
    expect(first.data!.redeemInvitation).toMatchObject({
      alreadyMember: true,
      addedToGroups: [{ name: group.name }],
    });
    const again = await app.as(member).query(REDEEM, { code: invitation.code });
    expect(again.data!.redeemInvitation).toMatchObject({ alreadyMember: true, addedToGroups: [] });
    const [row] = await app.db.query(`SELECT use_count FROM invitations WHERE id = $1`, [
      invitation.id,
    ]);
    expect(row.use_count).toBe(1);
  });

  it('stops at the capacity with INVITATION_GROUP_FULL', async () => {
    const group = await app.seed.group(school, { capacity: 1 });
    const invitation = await app.seed.invitation(school, { groups: [group] });
    const [a, b] = await app.seed.users(2);
    expect(codes(await app.as(a!).query(REDEEM, { code: invitation.code }))).toEqual([]);
    expect(codes(await app.as(b!).query(REDEEM, { code: invitation.code }))).toEqual([
      'INVITATION_GROUP_FULL',
    ]);
  });

  it('lets a class leader without INVITATIONS_CREATE invite students into their class only', async () => {
    const leader = await app.seed.member(school, 'TEACHER');
    const own = await app.seed.group(school, { leaders: [leader] });
    const other = await app.seed.group(school);
    const create = `mutation($s: ID!, $g: [ID!], $r: SchoolRole) {
      createInvitation(input: { schoolId: $s, groupIds: $g, role: $r }) { id code viewerCanRevoke groups { id } } }`;
    const mine = await app.as(leader).query(create, { s: school.id, g: [own.id] });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.createInvitation).toMatchObject({
      viewerCanRevoke: true,
      groups: [{ id: own.id }],
    });
    for (const variables of [
      { s: school.id, g: [other.id] },
      { s: school.id, g: [own.id, other.id] },
      { s: school.id, g: [] },
      { s: school.id, g: [own.id], r: 'TEACHER' },
    ])
      expect(codes(await app.as(leader).query(create, variables))).toEqual(['FORBIDDEN']);
    expect(codes(await app.as(teacher).query(create, { s: school.id, g: [own.id] }))).toEqual([
      'FORBIDDEN',
    ]);
    const revoke = await app
      .as(leader)
      .query(`mutation($id: ID!) { revokeInvitation(id: $id) { status } }`, {
        id: mine.data!.createInvitation.id,
      });
    expect(revoke.data!.revokeInvitation.status).toBe('REVOKED');
  });

  it('archiving a group revokes its invitations and keeps its members in the school', async () => {
    const group = await app.seed.group(school);
    const invitation = await app.seed.invitation(school, { groups: [group] });
    const [pupil, late] = await app.seed.users(2);
    await app.as(pupil!).query(REDEEM, { code: invitation.code });
    const archived = await app
      .as(school.owner)
      .query(`mutation($id: ID!) { archiveGroup(id: $id) { archivedAt viewerCanManage } }`, {
        id: group.id,
      });
    expect(archived.data!.archiveGroup).toMatchObject({ viewerCanManage: false });
    expect(codes(await app.as(late!).query(REDEEM, { code: invitation.code }))).toEqual([
      'INVITATION_REVOKED',
    ]);
    const member = await app.db.query(
      `SELECT 1 FROM memberships WHERE school_id = $1 AND user_id = $2`,
      [school.id, pupil!.id],
    );
    expect(member).toHaveLength(1);
  });

  it('makes a term of classes in one batch, all or none', async () => {
    const groups = [await app.seed.group(school), await app.seed.group(school)];
    const batch = `mutation($s: ID!, $g: [ID!]!, $n: Int) {
      createInvitationBatch(input: { schoolId: $s, groupIds: $g, perGroup: $n }) { id maxUses batchId groups { id } } }`;
    const made = await app
      .as(school.owner)
      .query(batch, { s: school.id, g: groups.map((g) => g.id), n: 3 });
    expect(made.errors).toBeUndefined();
    const invitations = made.data!.createInvitationBatch;
    expect(invitations).toHaveLength(6);
    expect(new Set(invitations.map((i: any) => i.batchId)).size).toBe(1);
    expect(invitations.every((i: any) => i.maxUses === 1)).toBe(true);
    expect(invitations.map((i: any) => i.groups[0].id)).toEqual([
      groups[0]!.id,
      groups[0]!.id,
      groups[0]!.id,
      groups[1]!.id,
      groups[1]!.id,
      groups[1]!.id,
    ]);
    const before = await app.db.query(`SELECT count(*)::int n FROM invitations`);
    const refused = await app
      .as(school.owner)
      .query(batch, { s: school.id, g: [groups[0]!.id, '00000000-0000-0000-0000-000000000000'] });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(await app.db.query(`SELECT count(*)::int n FROM invitations`)).toEqual(before);
  });

  it('audits who was added to and removed from a group, by membership', async () => {
    const group = await app.seed.group(school);
    const pupil = await app.seed.member(school, 'STUDENT');
    const id = await app.seed.membershipId(school, pupil);
    for (const change of ['addGroupMembers', 'removeGroupMembers'])
      expect(
        codes(
          await app
            .as(school.owner)
            .query(
              `mutation($g: ID!, $m: [ID!]!) { ${change}(groupId: $g, membershipIds: $m) { id } }`,
              {
                g: group.id,
                m: [id],
              },
            ),
        ),
      ).toEqual([]);
    const events = await app.db.query(
      `SELECT action, detail FROM audit_events WHERE target_id = $1 ORDER BY seq`,
      [group.id],
    );
    expect(events.slice(1)).toEqual([
      { action: 'group.members_added', detail: { membershipIds: [id] } },
      { action: 'group.members_removed', detail: { membershipIds: [id] } },
    ]);
  });

  it("names its leaders' memberships, and lists a school's members by role", async () => {
    const leader = await app.seed.member(school, 'TEACHER');
    const group = await app.seed.group(school, { leaders: [leader] });
    const found = await app
      .as(school.owner)
      .query(`query($id: ID!) { group(id: $id) { leaders { id } leaderMembershipIds } }`, {
        id: group.id,
      });
    expect(found.data!.group).toEqual({
      leaders: [{ id: leader.id }],
      leaderMembershipIds: [await app.seed.membershipId(school, leader)],
    });
    const staff = await app
      .as(school.owner)
      .query(
        `query($s: ID!) { school(id: $s) { members(first: 100, roles: [OWNER, TEACHER]) { edges { node { role } } } } }`,
        { s: school.id },
      );
    const roles = staff.data!.school.members.edges.map((e: any) => e.node.role);
    expect(roles.length).toBeGreaterThan(1);
    expect(new Set(roles)).toEqual(new Set(['OWNER', 'TEACHER']));
  });
});
