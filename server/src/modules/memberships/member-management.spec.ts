import { codes, testConfig, useTestApp } from '../../../test/harness';
import type { SeedSchool } from '../../../test/seed';

const REDEEM = `mutation($c: String) { redeemInvitation(input: { code: $c }) { alreadyMember } }`;
const PREVIEW = `query($c: String) { invitationPreview(code: $c) { invitationsPaused viewerIsBlocked } }`;
const REMOVE = `mutation($s: ID!, $m: [ID!]!, $b: Boolean, $r: String) {
  removeMembers(schoolId: $s, membershipIds: $m, block: $b, reason: $r) { removed blocked } }`;
const ROLE = `mutation($m: ID!, $r: SchoolRole!) { changeMemberRole(membershipId: $m, role: $r) { role } }`;

describe('members and safety', () => {
  const app = useTestApp({ rateLimits: { ...testConfig().rateLimits, enabled: false } });
  let school: SeedSchool;

  beforeAll(async () => {
    school = await app.seed.school();
  });

  it('pauses every link and code at once, and resumes them', async () => {
    const invitation = await app.seed.invitation(school);
    const [pupil] = await app.seed.users(1);
    const pause = `mutation($s: ID!) { pauseInvitations(schoolId: $s) { invitationsPausedAt } }`;
    const paused = await app.as(school.owner).query(pause, { s: school.id });
    // Pausing a paused school changes nothing, and writes no second event.
    await app.as(school.owner).query(pause, { s: school.id });
    expect(paused.data!.pauseInvitations.invitationsPausedAt).toBeTruthy();
    const refused = await app.as(pupil!).query(REDEEM, { c: invitation.code });
    expect(codes(refused)).toEqual(['INVITATION_PAUSED']);
    expect(refused.errors![0]!.message).toMatch(/paused/);
    expect((await app.gql(PREVIEW, { c: invitation.code })).data!.invitationPreview).toEqual({
      invitationsPaused: true,
      viewerIsBlocked: false,
    });
    const teacher = await app.seed.member(school, 'TEACHER');
    expect(codes(await app.as(teacher).query(pause, { s: school.id }))).toEqual(['FORBIDDEN']);
    const resumed = await app
      .as(school.owner)
      .query(`mutation($s: ID!) { resumeInvitations(schoolId: $s) { invitationsPausedAt } }`, {
        s: school.id,
      });
    expect(resumed.data!.resumeInvitations.invitationsPausedAt).toBeNull();
    expect(codes(await app.as(pupil!).query(REDEEM, { c: invitation.code }))).toEqual([]);
    const audited = await app.db.query(
      `SELECT action FROM audit_events WHERE school_id = $1 AND action LIKE 'invitations.%' ORDER BY seq`,
      [school.id],
    );
    expect(audited.map((row: { action: string }) => row.action)).toEqual([
      'invitations.paused',
      'invitations.resumed',
    ]);
  });

  it('removes and blocks: the person cannot rejoin until unblocked, and nothing is lost', async () => {
    const invitation = await app.seed.invitation(school);
    const [pupil] = await app.seed.users(1);
    await app.as(pupil!).query(REDEEM, { c: invitation.code });
    const membershipId = await app.seed.membershipId(school, pupil!);
    const removed = await app
      .as(school.owner)
      .query(REMOVE, { s: school.id, m: [membershipId], b: true, r: 'shared the link' });
    expect(removed.data!.removeMembers).toEqual({ removed: 1, blocked: 1 });
    // Their session no longer sees the school.
    expect(
      codes(
        await app.as(pupil!).query(`query($s: ID!) { school(id: $s) { id } }`, { s: school.id }),
      ),
    ).toEqual(['NOT_FOUND']);
    const again = await app.as(pupil!).query(REDEEM, { c: invitation.code });
    expect(codes(again)).toEqual(['INVITATION_NOT_ALLOWED']);
    expect(again.errors![0]!.extensions).toMatchObject({ reason: 'BLOCKED' });
    expect(
      (await app.as(pupil!).query(PREVIEW, { c: invitation.code })).data!.invitationPreview
        .viewerIsBlocked,
    ).toBe(true);
    // Its redemption stays in the invitation's history, without a membership now.
    const history = await app
      .as(school.owner)
      .query(
        `query($id: ID!) { invitation(id: $id) { useCount redemptions { edges { node { user { id } membership { id } } } } } }`,
        { id: invitation.id },
      );
    expect(history.data!.invitation).toEqual({
      useCount: 1,
      redemptions: { edges: [{ node: { user: { id: pupil!.id }, membership: null } }] },
    });
    const blocked = await app
      .as(school.owner)
      .query(
        `query($s: ID!) { school(id: $s) { blockedUsers { totalCount edges { node { reason user { id } blockedBy { id } } } } } }`,
        {
          s: school.id,
        },
      );
    expect(blocked.data!.school.blockedUsers).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            reason: 'shared the link',
            user: { id: pupil!.id },
            blockedBy: { id: school.owner.id },
          },
        },
      ],
    });
    const unblocked = await app
      .as(school.owner)
      .query(`mutation($s: ID!, $u: ID!) { unblockUser(schoolId: $s, userId: $u) }`, {
        s: school.id,
        u: pupil!.id,
      });
    expect(unblocked.data!.unblockUser).toBe(true);
    const twice = await app
      .as(school.owner)
      .query(`mutation($s: ID!, $u: ID!) { unblockUser(schoolId: $s, userId: $u) }`, {
        s: school.id,
        u: pupil!.id,
      });
    expect(twice.data!.unblockUser).toBe(false);
    expect(codes(await app.as(pupil!).query(REDEEM, { c: invitation.code }))).toEqual([]);
  });

  it('never removes the owner or the viewer, and removes all or none', async () => {
    const admin = await app.seed.member(school, 'ADMIN');
    const student = await app.seed.member(school, 'STUDENT');
    const ids = {
      owner: await app.seed.membershipId(school, school.owner),
      admin: await app.seed.membershipId(school, admin),
      student: await app.seed.membershipId(school, student),
    };
    for (const m of [
      [ids.student, ids.owner],
      [ids.student, ids.admin],
    ])
      expect(codes(await app.as(admin).query(REMOVE, { s: school.id, m }))).toEqual([
        'BAD_USER_INPUT',
      ]);
    expect(codes(await app.as(student).query(REMOVE, { s: school.id, m: [ids.admin] }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await app.seed.membershipId(school, student)).toBe(ids.student);
  });

  it('changes roles within the rules, and a member dropped below teacher stops leading', async () => {
    const admin = await app.seed.member(school, 'ADMIN');
    const teacher = await app.seed.member(school, 'TEACHER');
    const group = await app.seed.group(school, { leaders: [teacher] });
    const teacherId = await app.seed.membershipId(school, teacher);
    const adminId = await app.seed.membershipId(school, admin);
    const ownerId = await app.seed.membershipId(school, school.owner);
    expect(codes(await app.as(admin).query(ROLE, { m: ownerId, r: 'ADMIN' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await app.as(admin).query(ROLE, { m: teacherId, r: 'OWNER' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await app.as(admin).query(ROLE, { m: adminId, r: 'TEACHER' }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await app.as(teacher).query(ROLE, { m: teacherId, r: 'ADMIN' }))).toEqual([
      'FORBIDDEN',
    ]);
    const demoted = await app.as(admin).query(ROLE, { m: teacherId, r: 'STUDENT' });
    expect(demoted.data!.changeMemberRole.role).toBe('STUDENT');
    const leaders = await app
      .as(admin)
      .query(`query($id: ID!) { group(id: $id) { leaders { id } } }`, { id: group.id });
    expect(leaders.data!.group.leaders).toEqual([]);
  });

  it('lets a member leave, but not the owner, who hands the school over first', async () => {
    const leaver = await app.seed.member(school, 'TEACHER');
    const leave = `mutation($s: ID!) { leaveSchool(schoolId: $s) }`;
    expect((await app.as(leaver).query(leave, { s: school.id })).data!.leaveSchool).toBe(true);
    expect(codes(await app.as(school.owner).query(leave, { s: school.id }))).toEqual(['CONFLICT']);

    const heir = await app.seed.member(school, 'ADMIN');
    const transfer = `mutation($s: ID!, $m: ID!) { transferOwnership(schoolId: $s, membershipId: $m) { viewerRole } }`;
    const heirId = await app.seed.membershipId(school, heir);
    expect(codes(await app.as(heir).query(transfer, { s: school.id, m: heirId }))).toEqual([
      'FORBIDDEN',
    ]);
    const handed = await app.as(school.owner).query(transfer, { s: school.id, m: heirId });
    expect(handed.data!.transferOwnership.viewerRole).toBe('ADMIN');
    const roles = await app.db.query(
      `SELECT role, count(*)::int AS n FROM memberships WHERE school_id = $1 AND role = 'OWNER' GROUP BY role`,
      [school.id],
    );
    expect(roles).toEqual([{ role: 'OWNER', n: 1 }]);
    // Hand it back for the other tests.
    await app
      .as(heir)
      .query(transfer, { s: school.id, m: await app.seed.membershipId(school, school.owner) });
  });
});
