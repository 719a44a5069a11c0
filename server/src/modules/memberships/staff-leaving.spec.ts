import { testConfig, useTestApp } from '../../../test/harness';

const LEFT_OVER = `query($s: ID!) { school(id: $s) {
  invitations(status: ACTIVE, createdByFormerStaff: true, first: 100) { totalCount edges { node { id } } } } }`;
const BY = `query($s: ID!, $u: ID!) { school(id: $s) { invitations(status: ACTIVE, createdBy: $u) { totalCount } } }`;
const MEMBERS = `query($s: ID!) { school(id: $s) { members(first: 100) { edges { node { user { id } ledGroups { id } } } } } }`;

describe('staff leaving: what they leave behind is found, and changes hands', () => {
  const app = useTestApp({ rateLimits: { ...testConfig().rateLimits, enabled: false } });

  it("lists a departed or demoted staff member's live invitations, and shows what a member leads", async () => {
    const school = await app.seed.school();
    const leaving = await app.seed.member(school, 'ADMIN');
    const demoted = await app.seed.member(school, 'TEACHER');
    const staying = await app.seed.member(school, 'ADMIN');
    const group = await app.seed.group(school, { leaders: [demoted] });
    const byLeaving = [
      await app.seed.invitation(school, { creator: leaving }),
      await app.seed.invitation(school, { creator: leaving }),
    ];
    const byDemoted = await app.seed.invitation(school, { creator: demoted, groups: [group] });
    const revoked = await app.seed.invitation(school, { creator: leaving });
    await app.as(leaving).query(`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, {
      id: revoked.id,
    });
    await app.seed.invitation(school, { creator: staying });

    const before = await app.as(school.owner).query(MEMBERS, { s: school.id });
    const ledBy = (id: string) =>
      before.data!.school.members.edges.find((e: any) => e.node.user.id === id).node.ledGroups;
    expect(ledBy(demoted.id)).toEqual([{ id: group.id }]);
    expect(
      (await app.as(school.owner).query(BY, { s: school.id, u: leaving.id })).data!.school
        .invitations.totalCount,
    ).toBe(2);
    expect(
      (await app.as(school.owner).query(LEFT_OVER, { s: school.id })).data!.school.invitations
        .totalCount,
    ).toBe(0);

    await app
      .as(school.owner)
      .query(
        `mutation($s: ID!, $m: [ID!]!) { removeMembers(schoolId: $s, membershipIds: $m) { removed } }`,
        { s: school.id, m: [await app.seed.membershipId(school, leaving)] },
      );
    await app
      .as(school.owner)
      .query(`mutation($m: ID!) { changeMemberRole(membershipId: $m, role: STUDENT) { role } }`, {
        m: await app.seed.membershipId(school, demoted),
      });
    const leftOver = await app.as(school.owner).query(LEFT_OVER, { s: school.id });
    expect(leftOver.data!.school.invitations.totalCount).toBe(3);
    expect(leftOver.data!.school.invitations.edges.map((e: any) => e.node.id).sort()).toEqual(
      [...byLeaving.map((i) => i.id), byDemoted.id].sort(),
    );
    const after = await app.as(school.owner).query(MEMBERS, { s: school.id });
    expect(
      after.data!.school.members.edges.find((e: any) => e.node.user.id === demoted.id).node
        .ledGroups,
    ).toEqual([]);
  });
});
