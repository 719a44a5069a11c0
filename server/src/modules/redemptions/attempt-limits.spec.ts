import { codes, useTestApp } from '../../../test/harness';

const REDEEM = `mutation($input: RedeemInvitationInput!) { redeemInvitation(input: $input) { alreadyMember } }`;

describe('redeem and preview attempt limits', () => {
  const app = useTestApp();

  it('locks one account after 10 failed attempts a minute, and not its classmates on the same address', async () => {
    const school = await app.seed.school();
    const invitation = await app.seed.invitation(school);
    const [guesser, classmate] = await app.seed.users(2);
    const ip = '203.0.113.50';
    for (let i = 0; i < app.config.rateLimits.redeemFailuresPerUserPerMinute; i++) {
      // Malformed codes count too: the web app catches typos before it asks.
      const input = i % 2 ? { code: `BAD${i}` } : { token: `wrong-${i}` };
      expect(codes(await app.gql(REDEEM, { input }, { token: guesser!.token, ip }))).toEqual([
        'INVITATION_NOT_FOUND',
      ]);
    }
    const locked = await app.gql(
      REDEEM,
      { input: { token: invitation.token } },
      { token: guesser!.token, ip },
    );
    expect(codes(locked)).toEqual(['RATE_LIMITED']);
    expect(locked.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(locked.errors![0]!.extensions!.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(
      codes(
        await app.gql(
          REDEEM,
          { input: { token: invitation.token } },
          { token: classmate!.token, ip },
        ),
      ),
    ).toEqual([]);
  });

  it('lets a class of 30 join within a minute from one address', async () => {
    const school = await app.seed.school();
    const invitation = await app.seed.invitation(school, { maxUses: 30 });
    const pupils = await app.seed.users(30);
    const ip = '203.0.113.77';
    for (const pupil of pupils) {
      expect(
        codes(
          await app.gql(REDEEM, { input: { code: invitation.code } }, { token: pupil.token, ip }),
        ),
      ).toEqual([]);
    }
  });

  it('records redemptions and joins in the audit trail, readable by admins', async () => {
    const school = await app.seed.school();
    const invitation = await app.seed.invitation(school, { label: 'Audit me' });
    const [pupil] = await app.seed.users(1);
    await app.gql(REDEEM, { input: { token: invitation.token } }, { token: pupil!.token });
    await app.gql(
      `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`,
      { id: invitation.id },
      { token: school.owner.token },
    );
    const trail = await app.gql(
      `query($id: ID!) { invitation(id: $id) { auditEvents { edges { node { action actor { id } } } } redemptions { totalCount edges { node { user { id } } } } } }`,
      { id: invitation.id },
      { token: school.owner.token },
    );
    const invitationData = trail.data!.invitation;
    expect(invitationData.auditEvents.edges.map((e: any) => e.node.action)).toEqual([
      'invitation.revoked',
      'invitation.redeemed',
      'invitation.created',
    ]);
    expect(invitationData.redemptions).toEqual({
      totalCount: 1,
      edges: [{ node: { user: { id: pupil!.id } } }],
    });
    const members = await app.gql(
      `query($id: ID!) { school(id: $id) { members { edges { node { user { id } invitation { id } } } } } }`,
      { id: school.id },
      { token: school.owner.token },
    );
    const joined = members.data!.school.members.edges.find(
      (e: any) => e.node.user.id === pupil!.id,
    );
    expect(joined.node.invitation).toEqual({ id: invitation.id });
  });
});
