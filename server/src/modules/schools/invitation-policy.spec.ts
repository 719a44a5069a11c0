import { codes, testConfig, useTestApp } from '../../../test/harness';
import type { SeedSchool, SeedUser } from '../../../test/seed';

const POLICY = `mutation($s: ID!, $p: InvitationPolicyInput!) {
  updateInvitationPolicy(schoolId: $s, input: $p) { invitationPolicy { allowedEmailDomains maxExpiryDays staffInvitationsMustBeLimited } } }`;
const CREATE = `mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { id code allowedEmailDomains } }`;
const REDEEM = `mutation($c: String) { redeemInvitation(input: { code: $c }) { alreadyMember } }`;
const PREVIEW = `query($c: String) { invitationPreview(code: $c) { requiresVerifiedEmail } }`;
const DAY = 24 * 60 * 60 * 1000;

describe("a school's invitation policy", () => {
  const app = useTestApp({ rateLimits: { ...testConfig().rateLimits, enabled: false } });
  let school: SeedSchool;

  beforeAll(async () => {
    school = await app.seed.school();
  });

  const person = async (email: string, verified: boolean): Promise<SeedUser> => {
    const user = await app.seed.user({ email });
    if (verified)
      await app.db.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [user.id]);
    return user;
  };
  const setPolicy = (p: Record<string, unknown>) =>
    app.as(school.owner).query(POLICY, {
      s: school.id,
      p: {
        allowedEmailDomains: [],
        maxExpiryDays: null,
        staffInvitationsMustBeLimited: false,
        ...p,
      },
    });

  it('normalises domains and is set only by the owner (SCHOOL_MANAGE)', async () => {
    const set = await setPolicy({ allowedEmailDomains: [' @Riverside.SCH.uk. ', 'schüle.de'] });
    expect(set.data!.updateInvitationPolicy.invitationPolicy.allowedEmailDomains).toEqual([
      'riverside.sch.uk',
      'xn--schle-mva.de',
    ]);
    const bad = await setPolicy({ allowedEmailDomains: ['not a domain'] });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.extensions).toMatchObject({ field: 'allowedEmailDomains' });
    const admin = await app.seed.member(school, 'ADMIN');
    expect(
      codes(
        await app.as(admin).query(POLICY, {
          s: school.id,
          p: { allowedEmailDomains: [], staffInvitationsMustBeLimited: false },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('lets only verified addresses in the allowed domains (and their subdomains) join, and never names the domains', async () => {
    await setPolicy({ allowedEmailDomains: ['riverside.sch.uk'] });
    const invitation = await app.seed.invitation(school);
    expect((await app.gql(PREVIEW, { c: invitation.code })).data!.invitationPreview).toEqual({
      requiresVerifiedEmail: true,
    });
    const unverified = await person(`a-${Date.now()}@riverside.sch.uk`, false);
    const outside = await person(`b-${Date.now()}@gmail.com`, true);
    const lookalike = await person(`c-${Date.now()}@evilriverside.sch.uk`, true);
    const pupil = await person(`d-${Date.now()}@pupils.riverside.sch.uk`, true);

    const first = await app.as(unverified).query(REDEEM, { c: invitation.code });
    expect(codes(first)).toEqual(['INVITATION_NOT_ALLOWED']);
    expect(first.errors![0]!.extensions).toMatchObject({ reason: 'EMAIL_UNVERIFIED' });
    for (const who of [outside, lookalike]) {
      const refused = await app.as(who).query(REDEEM, { c: invitation.code });
      expect(refused.errors![0]!.extensions).toMatchObject({
        code: 'INVITATION_NOT_ALLOWED',
        reason: 'EMAIL_DOMAIN',
      });
      expect(JSON.stringify(refused)).not.toContain('riverside');
    }
    expect(codes(await app.as(pupil).query(REDEEM, { c: invitation.code }))).toEqual([]);
    // The rule is the school's current one: lifted, anyone may join again.
    await setPolicy({ allowedEmailDomains: [] });
    const later = await app.seed.invitation(school);
    expect(codes(await app.as(outside).query(REDEEM, { c: later.code }))).toEqual([]);
  });

  it('lets an invitation narrow the domains, never widen them', async () => {
    await setPolicy({ allowedEmailDomains: ['riverside.sch.uk'] });
    const narrowed = await app.as(school.owner).query(CREATE, {
      i: { schoolId: school.id, allowedEmailDomains: ['Staff.Riverside.sch.uk'] },
    });
    expect(narrowed.data!.createInvitation.allowedEmailDomains).toEqual(['staff.riverside.sch.uk']);
    const widened = await app.as(school.owner).query(CREATE, {
      i: { schoolId: school.id, allowedEmailDomains: ['gmail.com'] },
    });
    expect(codes(widened)).toEqual(['BAD_USER_INPUT']);
    const pupil = await person(`e-${Date.now()}@pupils.riverside.sch.uk`, true);
    const staff = await person(`f-${Date.now()}@staff.riverside.sch.uk`, true);
    const code = narrowed.data!.createInvitation.code;
    expect(codes(await app.as(pupil).query(REDEEM, { c: code }))).toEqual([
      'INVITATION_NOT_ALLOWED',
    ]);
    expect(codes(await app.as(staff).query(REDEEM, { c: code }))).toEqual([]);
    await setPolicy({ allowedEmailDomains: [] });
  });

  it('caps expiry and requires limits on staff invitations', async () => {
    await setPolicy({ maxExpiryDays: 7, staffInvitationsMustBeLimited: true });
    const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
    const cases: [Record<string, unknown>, string | null][] = [
      [{}, 'expiresAt'],
      [{ expiresAt: inDays(8) }, 'expiresAt'],
      [{ expiresAt: inDays(6) }, null],
      [{ expiresAt: inDays(6), role: 'TEACHER' }, 'maxUses'],
      [{ expiresAt: inDays(6), role: 'TEACHER', maxUses: 3 }, null],
    ];
    for (const [input, field] of cases) {
      const result = await app
        .as(school.owner)
        .query(CREATE, { i: { schoolId: school.id, ...input } });
      expect({ input, field: result.errors?.[0]?.extensions?.field ?? null }).toEqual({
        input,
        field,
      });
    }
    await setPolicy({});
  });
});
