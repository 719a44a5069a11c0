import { codes, testConfig, useTestApp } from '../../../test/harness';
import type { SeedSchool } from '../../../test/seed';

const REDEEM = `mutation($input: RedeemInvitationInput!) { redeemInvitation(input: $input) { alreadyMember membership { role school { id } } } }`;

describe('redeeming invitations', () => {
  // Rate limits have their own tests; here they would only get in the way of the races.
  const app = useTestApp({ rateLimits: { ...testConfig().rateLimits, enabled: false } });
  let school: SeedSchool;

  beforeAll(async () => {
    school = await app.seed.school();
  });

  const useCounts = (id: string) =>
    app.db
      .query(
        `SELECT i.use_count, (SELECT count(*)::int FROM redemptions r WHERE r.invitation_id = i.id) AS redemptions,
              (SELECT count(*)::int FROM memberships m WHERE m.invitation_id = i.id) AS members,
              (SELECT count(*)::int FROM audit_events a WHERE a.target_id = i.id AND a.action = 'invitation.redeemed') AS audited
         FROM invitations i WHERE i.id = $1`,
        [id],
      )
      .then((rows: any[]) => rows[0]);

  it('joins with the invitation role by token, by a sloppily typed code, or by a pasted link', async () => {
    const invitation = await app.seed.invitation(school, { role: 'TEACHER' });
    const [a, b, c] = await app.seed.users(3);
    const typed = `${invitation.code.slice(0, 4).toLowerCase()} - ${invitation.code.slice(4).toLowerCase()}`;
    const byCode = await app.gql(REDEEM, { input: { code: typed } }, { token: a!.token });
    expect(byCode.data!.redeemInvitation).toEqual({
      alreadyMember: false,
      membership: { role: 'TEACHER', school: { id: school.id } },
    });
    expect(
      (await app.gql(REDEEM, { input: { token: invitation.token } }, { token: b!.token })).errors,
    ).toBeUndefined();
    const link = `http://school.test/invite/${invitation.token}?utm=newsletter`;
    expect(
      (await app.gql(REDEEM, { input: { token: link } }, { token: c!.token })).errors,
    ).toBeUndefined();
    expect(await useCounts(invitation.id)).toEqual({
      use_count: 3,
      redemptions: 3,
      members: 3,
      audited: 3,
    });
  });

  it('reports an existing member as alreadyMember without consuming a use', async () => {
    const invitation = await app.seed.invitation(school, { maxUses: 1 });
    const result = await app.gql(
      REDEEM,
      { input: { code: invitation.code } },
      { token: school.owner.token },
    );
    expect(result.data!.redeemInvitation).toMatchObject({
      alreadyMember: true,
      membership: { role: 'OWNER' },
    });
    expect((await useCounts(invitation.id)).use_count).toBe(0);
  });

  it('answers each failure with its own code', async () => {
    const [user] = await app.seed.users(1);
    const token = user!.token;
    const revoked = await app.seed.invitation(school);
    await app.gql(
      `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`,
      { id: revoked.id },
      { token: school.owner.token },
    );
    const usedUp = await app.seed.invitation(school, { maxUses: 1 });
    const [other] = await app.seed.users(1);
    await app.gql(REDEEM, { input: { token: usedUp.token } }, { token: other!.token });
    await app.db.query(
      `INSERT INTO invitations (school_id, token, code, role, created_by, expires_at)
       VALUES ($1, 'expired-token-000000000000', '23456789ABR', 'STUDENT', $2, now() - interval '1 second') RETURNING id`,
      [school.id, school.owner.id],
    );

    expect(codes(await app.gql(REDEEM, { input: { token: revoked.token } }, { token }))).toEqual([
      'INVITATION_REVOKED',
    ]);
    expect(codes(await app.gql(REDEEM, { input: { token: usedUp.token } }, { token }))).toEqual([
      'INVITATION_USED_UP',
    ]);
    expect(
      codes(await app.gql(REDEEM, { input: { token: 'expired-token-000000000000' } }, { token })),
    ).toEqual(['INVITATION_EXPIRED']);
    expect(codes(await app.gql(REDEEM, { input: { token: 'no-such-token' } }, { token }))).toEqual([
      'INVITATION_NOT_FOUND',
    ]);
    const mistyped = await app.gql(REDEEM, { input: { code: 'K7QM-X3TR-9BX' } }, { token });
    expect(codes(mistyped)).toEqual(['INVITATION_NOT_FOUND']);
    expect(codes(await app.gql(REDEEM, { input: { token: 'a', code: 'b' } }, { token }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await app.gql(REDEEM, { input: { token: revoked.token } }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('treats the expiry instant by the database clock: just before works, just after does not', async () => {
    const rows = await app.db.query(
      `INSERT INTO invitations (school_id, token, code, role, created_by, expires_at) VALUES
         ($1, 'boundary-future-00000000000', '23456789ABT', 'STUDENT', $2, now() + interval '3 seconds'),
         ($1, 'boundary-past-0000000000000', '23456789ABV', 'STUDENT', $2, now() - interval '1 millisecond')
       RETURNING id`,
      [school.id, school.owner.id],
    );
    expect(rows).toHaveLength(2);
    const [a, b] = await app.seed.users(2);
    expect(
      (
        await app.gql(
          REDEEM,
          { input: { token: 'boundary-future-00000000000' } },
          { token: a!.token },
        )
      ).errors,
    ).toBeUndefined();
    expect(
      codes(
        await app.gql(
          REDEEM,
          { input: { token: 'boundary-past-0000000000000' } },
          { token: b!.token },
        ),
      ),
    ).toEqual(['INVITATION_EXPIRED']);
  });

  it('lets exactly 5 of 50 concurrent people through a 5-use invitation, 20 times over', async () => {
    for (let round = 0; round < 20; round++) {
      const invitation = await app.seed.invitation(school, { maxUses: 5 });
      const people = await app.seed.users(50);
      const results = await Promise.all(
        people.map((p) =>
          app.gql(REDEEM, { input: { code: invitation.code } }, { token: p.token }),
        ),
      );
      const joined = results.filter((r) => !r.errors).length;
      const refused = results.flatMap(codes);
      expect(joined).toBe(5);
      expect(refused).toEqual(Array(45).fill('INVITATION_USED_UP'));
      // A refused redemption leaves no member, redemption or audit event behind.
      expect(await useCounts(invitation.id)).toEqual({
        use_count: 5,
        redemptions: 5,
        members: 5,
        audited: 5,
      });
    }
  });

  it('writes a class that joins through one code at once in fewer statements than people', async () => {
    const invitation = await app.seed.invitation(school, { maxUses: 40 });
    const people = await app.seed.users(30);
    app.statements.reset();
    const results = await Promise.all(
      people.map((p) => app.gql(REDEEM, { input: { code: invitation.code } }, { token: p.token })),
    );
    const writes = app.statements.statements.filter((sql) =>
      sql.includes('redeem_invitation('),
    ).length;
    expect(
      results.filter((r) => !r.errors && !r.data!.redeemInvitation.alreadyMember),
    ).toHaveLength(30);
    expect(writes).toBeGreaterThan(0);
    expect(writes).toBeLessThan(30);
    expect(await useCounts(invitation.id)).toEqual({
      use_count: 30,
      redemptions: 30,
      members: 30,
      audited: 30,
    });
    const events = await app.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'member.joined' AND detail->>'invitationId' = $1`,
      [invitation.id],
    );
    expect(events[0].n).toBe(30);
  });

  it('lets one person who redeems 20 times at once join once and consume one use', async () => {
    const invitation = await app.seed.invitation(school, { maxUses: 10 });
    const [person] = await app.seed.users(1);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        app.gql(REDEEM, { input: { token: invitation.token } }, { token: person!.token }),
      ),
    );
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(results.filter((r) => !r.data!.redeemInvitation.alreadyMember)).toHaveLength(1);
    expect(await useCounts(invitation.id)).toEqual({
      use_count: 1,
      redemptions: 1,
      members: 1,
      audited: 1,
    });
  });

  it('never dates a redemption after the revoke that beat it, and keeps counts equal', async () => {
    for (let round = 0; round < 5; round++) {
      const invitation = await app.seed.invitation(school);
      const people = await app.seed.users(30);
      const redeems = people.map((p) =>
        app.gql(REDEEM, { input: { token: invitation.token } }, { token: p.token }),
      );
      const revoke = app.gql(
        `mutation($id: ID!) { revokeInvitation(id: $id) { revokedAt } }`,
        { id: invitation.id },
        { token: school.owner.token },
      );
      const results = await Promise.all(redeems);
      const revokedAt = new Date((await revoke).data!.revokeInvitation.revokedAt);
      expect(results.flatMap(codes).every((code) => code === 'INVITATION_REVOKED')).toBe(true);
      const counts = await useCounts(invitation.id);
      expect(counts.use_count).toBe(counts.redemptions);
      expect(counts.use_count).toBe(results.filter((r) => !r.errors).length);
      const [late] = await app.db.query(
        `SELECT count(*)::int AS n FROM redemptions r JOIN invitations i ON i.id = r.invitation_id
          WHERE i.id = $1 AND r.redeemed_at > i.revoked_at`,
        [invitation.id],
      );
      expect(late.n).toBe(0);
      const [last] = await app.db.query(
        `SELECT max(redeemed_at) AS at FROM redemptions WHERE invitation_id = $1`,
        [invitation.id],
      );
      // No redemption at all (the revoke came first for everyone) is as good as an earlier one.
      expect(last.at ? new Date(last.at).getTime() : -Infinity).toBeLessThanOrEqual(
        revokedAt.getTime(),
      );
    }
  });

  it('refuses 1 000 aliased redeems in one request before any of them runs', async () => {
    const invitation = await app.seed.invitation(school);
    const [person] = await app.seed.users(1);
    const aliases = Array.from(
      { length: 1000 },
      (_, i) =>
        `r${i}: redeemInvitation(input: { token: "${invitation.token}" }) { alreadyMember }`,
    );
    const result = await app.gql(
      `mutation { ${aliases.join('\n')} }`,
      {},
      { token: person!.token },
    );
    expect(result.data).toBeUndefined();
    expect(codes(result)).toContain('BAD_USER_INPUT');
    expect((await useCounts(invitation.id)).use_count).toBe(0);
    const two = `mutation { a: redeemInvitation(input: { token: "x" }) { alreadyMember } b: redeemInvitation(input: { token: "y" }) { alreadyMember } }`;
    expect(codes(await app.gql(two, {}, { token: person!.token }))).toEqual(['BAD_USER_INPUT']);
  });
});
