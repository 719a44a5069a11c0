import { formatInviteCode, isValidInviteCode } from '@school-invites/shared';
import { codes, useTestApp } from '../../../test/harness';
import type { SeedSchool, SeedUser } from '../../../test/seed';

const CREATE = `mutation($input: CreateInvitationInput!) {
  createInvitation(input: $input) { id code link role label maxUses useCount expiresAt status viewerCanRevoke createdBy { id } }
}`;
const LIST = `query($id: ID!, $first: Int, $after: String, $search: String, $status: InvitationStatus) {
  school(id: $id) { invitations(first: $first, after: $after, search: $search, status: $status) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id code label status createdBy { name } revokedBy { name } school { id } } }
  } }
}`;

describe('invitations API', () => {
  const app = useTestApp();
  let school: SeedSchool;
  let admin: SeedUser;

  beforeAll(async () => {
    school = await app.seed.school();
    admin = await app.seed.member(school, 'ADMIN');
  });

  const list = async (variables: Record<string, unknown>, token = school.owner.token) => {
    const result = await app.gql(LIST, { id: school.id, ...variables }, { token });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.school.invitations;
  };

  it('creates an invitation with a checked code and an absolute link, and records it in the audit trail', async () => {
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const result = await app.gql(
      CREATE,
      { input: { schoolId: school.id, label: ' Year 7 classroom ', maxUses: 30, expiresAt } },
      { token: admin.token },
    );
    expect(result.errors).toBeUndefined();
    const invitation = result.data!.createInvitation;
    expect(invitation).toMatchObject({
      role: 'STUDENT',
      label: 'Year 7 classroom',
      maxUses: 30,
      useCount: 0,
      status: 'ACTIVE',
      viewerCanRevoke: true,
      createdBy: { id: admin.id },
    });
    expect(invitation.code).toMatch(/^[2-9A-HJKMNP-Z]{11}$/);
    expect(isValidInviteCode(invitation.code)).toBe(true);
    expect(invitation.link).toMatch(/^http:\/\/school\.test\/invite\/[A-Za-z0-9_-]{24}$/);
    const [event] = await app.db.query(
      `SELECT action, actor_id FROM audit_events WHERE target_id = $1`,
      [invitation.id],
    );
    expect(event).toEqual({ action: 'invitation.created', actor_id: admin.id });
  });

  it('refuses bad input with the field named', async () => {
    const bad = async (input: Record<string, unknown>, token = admin.token) =>
      (await app.gql(CREATE, { input: { schoolId: school.id, ...input } }, { token })).errors?.[0];
    expect(await bad({ role: 'OWNER' })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'role' },
    });
    expect(await bad({ maxUses: 0 })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'maxUses' },
    });
    expect(await bad({ maxUses: 100_001 })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await bad({ label: 'x'.repeat(201) })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'label' },
    });
    expect(await bad({ expiresAt: new Date(Date.now() - 1000).toISOString() })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'expiresAt' },
    });
    expect(await bad({ expiresAt: 'next tuesday' })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('tells each viewer which roles they may grant', async () => {
    const teacher = await app.seed.member(school, 'TEACHER');
    const q = `query($id: ID!) { school(id: $id) { viewerGrantableRoles } }`;
    expect(
      (await app.gql(q, { id: school.id }, { token: admin.token })).data!.school
        .viewerGrantableRoles,
    ).toEqual(['ADMIN', 'TEACHER', 'STUDENT']);
    expect(
      (await app.gql(q, { id: school.id }, { token: teacher.token })).data!.school
        .viewerGrantableRoles,
    ).toEqual([]);
  });

  // Only owners and admins may create, and both may grant up to ADMIN; the "never above your own
  // role" rule for every role is unit-tested in shared/ (grantableRoles).
  it('lets owners and admins grant ADMIN, TEACHER or STUDENT, and nobody OWNER', async () => {
    const other = await app.seed.school();
    const otherAdmin = await app.seed.member(other, 'ADMIN');
    const create = (role: string, token: string) =>
      app.gql(CREATE, { input: { schoolId: other.id, role } }, { token });
    expect((await create('ADMIN', otherAdmin.token)).data!.createInvitation.role).toBe('ADMIN');
    expect((await create('TEACHER', other.owner.token)).data!.createInvitation.role).toBe(
      'TEACHER',
    );
    expect(codes(await create('OWNER', other.owner.token))).toEqual(['BAD_USER_INPUT']);
  });

  describe('listing and searching', () => {
    let creator: SeedUser;
    const made: { id: string; code: string; token: string }[] = [];

    beforeAll(async () => {
      creator = await app.seed.member(
        school,
        'ADMIN',
        await app.seed.user({ name: 'Zoë 100%_Sure\\Wild' }),
      );
      for (let i = 0; i < 7; i++)
        made.push(await app.seed.invitation(school, { creator, label: `batch ${i}` }));
    });

    it('finds by part of the creator name, case-insensitively, with wildcards taken literally', async () => {
      const found = await list({ search: 'zoë 100%_sure\\wild', first: 100 });
      expect(found.edges.map((e: any) => e.node.id).sort()).toEqual(made.map((m) => m.id).sort());
      expect((await list({ search: '100%' })).totalCount).toBe(7);
      expect((await list({ search: '%' })).totalCount).toBe(7);
      // A pasted link also matches by its start, and a random token may begin with "_".
      const [{ n: tokensStartingWithUnderscore }] = await app.db.query(
        `SELECT count(*)::int AS n FROM invitations WHERE school_id = $1 AND token LIKE '\\_%' AND created_by <> $2`,
        [school.id, creator.id],
      );
      expect((await list({ search: '_' })).totalCount).toBe(7 + tokensStartingWithUnderscore);
      expect((await list({ search: 'zo_' })).totalCount).toBe(0);
    });

    it('finds by part of a code, typed with dashes, spaces or lower case', async () => {
      const target = made[3]!;
      const grouped = formatInviteCode(target.code).toLowerCase();
      expect((await list({ search: grouped })).edges.map((e: any) => e.node.id)).toEqual([
        target.id,
      ]);
      expect(
        (await list({ search: target.code.slice(2, 8).split('').join(' ') })).edges.map(
          (e: any) => e.node.id,
        ),
      ).toContain(target.id);
    });

    it('finds by a pasted link, a token, or the start of one', async () => {
      const target = made[5]!;
      for (const search of [
        `http://school.test/invite/${target.token}`,
        target.token,
        target.token.slice(0, 12),
        `/invite/${target.token.slice(0, 10)}`,
      ]) {
        expect((await list({ search })).edges.map((e: any) => e.node.id)).toContain(target.id);
      }
    });

    it('finds by any part of a link of 6 characters or more, in any case, with or without the start of the link', async () => {
      const { id, token } = made[4]!;
      const swapCase = (s: string) =>
        [...s].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
      const middle = token.slice(7, 17);
      for (const search of [
        token.slice(9, 15),
        middle,
        swapCase(middle),
        token.slice(-6),
        `http://school.test/invite/${token.slice(6, 20)}`,
        `/invite/${middle}`,
      ]) {
        expect({
          search,
          found: (await list({ search, first: 100 })).edges.map((e: any) => e.node.id),
        }).toEqual({ search, found: [id] });
      }
      // Shorter pieces still match the start of a token, as before.
      expect(
        (await list({ search: token.slice(0, 5), first: 100 })).edges.map((e: any) => e.node.id),
      ).toContain(id);
    });

    it('takes % and _ in a piece of a link literally', async () => {
      const { token } = made[4]!;
      const middle = token.slice(7, 17);
      for (const wildcard of ['_', '%']) {
        const at = [...middle].findIndex((c) => c !== wildcard);
        const search = `${middle.slice(0, at)}${wildcard}${middle.slice(at + 1)}`;
        expect({ search, found: (await list({ search })).totalCount }).toEqual({
          search,
          found: 0,
        });
      }
    });

    it('walks every invitation exactly once, newest first, through opaque cursors', async () => {
      const all = await list({ first: 100 });
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: any = await list({ first: 3, after });
        seen.push(...page.edges.map((e: any) => e.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(all.edges.map((e: any) => e.node.id));
      expect(new Set(seen).size).toBe(all.totalCount);
      expect(
        codes(
          await app.gql(LIST, { id: school.id, after: 'bm9wZQ' }, { token: school.owner.token }),
        ),
      ).toEqual(['BAD_USER_INPUT']);
      expect(
        codes(await app.gql(LIST, { id: school.id, first: 101 }, { token: school.owner.token })),
      ).toEqual(['BAD_USER_INPUT']);
    });

    it('filters by status in SQL', async () => {
      await app.gql(
        `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`,
        { id: made[0]!.id },
        { token: admin.token },
      );
      const revoked = await list({ status: 'REVOKED', first: 100 });
      expect(revoked.edges.map((e: any) => e.node.id)).toContain(made[0]!.id);
      expect(revoked.edges.every((e: any) => e.node.status === 'REVOKED')).toBe(true);
      expect(revoked.edges.find((e: any) => e.node.id === made[0]!.id).node.revokedBy).toEqual({
        name: admin.name,
      });
      const active = await list({ status: 'ACTIVE', first: 100 });
      expect(active.edges.map((e: any) => e.node.id)).not.toContain(made[0]!.id);
    });

    it('runs the same number of statements for a page of 100 as for a page of 10 (no N+1)', async () => {
      for (let i = 0; i < 100; i++)
        await app.seed.invitation(school, { creator: i % 2 ? creator : admin });
      await list({ first: 1 });
      app.statements.reset();
      await list({ first: 10 });
      const small = app.statements.count;
      app.statements.reset();
      await list({ first: 100 });
      expect(app.statements.count).toBe(small);
      expect(small).toBeLessThanOrEqual(6);
    });

    it("reads the Invites list in two statements: the session with the viewer's roles, then the page", async () => {
      await app.seed.invitation(school, { creator: admin });
      const PAGE_ONLY = `query($id: ID!) { school(id: $id) { id invitations(first: 20) { edges { node { id code status createdBy { name } } } } } }`;
      app.statements.reset();
      const result = await app.gql(PAGE_ONLY, { id: school.id }, { token: admin.token });
      expect(result.errors).toBeUndefined();
      expect(result.data!.school.invitations.edges.length).toBeGreaterThan(0);
      expect(app.statements.statements).toHaveLength(2);
      expect(app.statements.statements[0]).toMatch(/FROM sessions/);
      // Asked for more of the school, its row is read as before.
      app.statements.reset();
      const named = await app.gql(
        `query($id: ID!) { school(id: $id) { name invitations(first: 1) { totalCount } } }`,
        { id: school.id },
        { token: admin.token },
      );
      expect(named.data!.school.name).toBe(school.name);
      expect(named.data!.school.invitations.totalCount).toBeGreaterThan(0);
    });

    it('still answers NOT_FOUND without the row: to outsiders, and to a member removed since their last request', async () => {
      const PAGE_ONLY = `query($id: ID!) { school(id: $id) { invitations(first: 5) { edges { node { id } } } } }`;
      const [outsider] = await app.seed.users(1);
      const refused = await app.gql(PAGE_ONLY, { id: school.id }, { token: outsider!.token });
      expect(refused.errors!.map((e) => e.extensions!.code)).toEqual(['NOT_FOUND']);
      expect(refused.data!.school).toBeNull();

      const leaving = await app.seed.member(school, 'ADMIN');
      const before = await app.gql(PAGE_ONLY, { id: school.id }, { token: leaving.token });
      expect(before.errors).toBeUndefined();
      await app.db.query(`DELETE FROM memberships WHERE school_id = $1 AND user_id = $2`, [
        school.id,
        leaving.id,
      ]);
      const after = await app.gql(PAGE_ONLY, { id: school.id }, { token: leaving.token });
      expect(after.errors!.map((e) => e.extensions!.code)).toEqual(['NOT_FOUND']);
    });
  });

  it('revokes immediately and idempotently, keeps members, and bulk-revokes all or nothing', async () => {
    const invitation = await app.seed.invitation(school);
    const [pupil] = await app.seed.users(1);
    await app.gql(
      `mutation($t: String) { redeemInvitation(input: { token: $t }) { alreadyMember } }`,
      { t: invitation.token },
      { token: pupil!.token },
    );
    const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) { status revokedAt revokedBy { id } viewerCanRevoke } }`;
    const first = (await app.gql(REVOKE, { id: invitation.id }, { token: admin.token })).data!
      .revokeInvitation;
    expect(first).toMatchObject({
      status: 'REVOKED',
      revokedBy: { id: admin.id },
      viewerCanRevoke: false,
    });
    const again = (await app.gql(REVOKE, { id: invitation.id }, { token: school.owner.token }))
      .data!.revokeInvitation;
    expect(again.revokedAt).toEqual(first.revokedAt);
    expect(again.revokedBy.id).toBe(admin.id);
    const [member] = await app.db.query(`SELECT role FROM memberships WHERE user_id = $1`, [
      pupil!.id,
    ]);
    expect(member.role).toBe('STUDENT');

    const a = await app.seed.invitation(school);
    const b = await app.seed.invitation(school);
    const foreign = await app.seed.invitation(await app.seed.school());
    const BULK = `mutation($s: ID!, $ids: [ID!]!) { revokeInvitations(schoolId: $s, ids: $ids) { id status } }`;
    expect(
      codes(await app.gql(BULK, { s: school.id, ids: [a.id, foreign.id] }, { token: admin.token })),
    ).toEqual(['NOT_FOUND']);
    const [stillActive] = await app.db.query(`SELECT revoked_at FROM invitations WHERE id = $1`, [
      a.id,
    ]);
    expect(stillActive.revoked_at).toBeNull();
    const bulk = await app.gql(BULK, { s: school.id, ids: [a.id, b.id] }, { token: admin.token });
    expect(bulk.data!.revokeInvitations.map((i: any) => i.status)).toEqual(['REVOKED', 'REVOKED']);
  });

  it('replaces an invitation atomically with the same settings and a link to the old one', async () => {
    const old = await app.seed.invitation(school, {
      role: 'TEACHER',
      label: 'Staff room',
      maxUses: 12,
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
    });
    const result = await app.gql(
      `mutation($id: ID!) { replaceInvitation(id: $id) { id code role label maxUses expiresAt status replaces { id status } } }`,
      { id: old.id },
      { token: admin.token },
    );
    const fresh = result.data!.replaceInvitation;
    expect(fresh).toMatchObject({
      role: 'TEACHER',
      label: 'Staff room',
      maxUses: 12,
      status: 'ACTIVE',
      replaces: { id: old.id, status: 'REVOKED' },
    });
    expect(fresh.code).not.toBe(old.code);
    expect(new Date(fresh.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect(
      codes(
        await app.gql(
          `mutation($id: ID!) { replaceInvitation(id: $id) { id } }`,
          { id: old.id },
          { token: admin.token },
        ),
      ),
    ).toEqual(['CONFLICT']);
  });

  it('previews publicly without revealing code, link or members, and counts failed attempts', async () => {
    const invitation = await app.seed.invitation(school, {
      label: 'Parents newsletter',
      role: 'STUDENT',
    });
    const PREVIEW = `query($t: String, $c: String) { invitationPreview(token: $t, code: $c) { schoolName schoolSlug memberCount inviterName role label status viewerIsMember } }`;
    const anonymous = await app.gql(PREVIEW, { t: invitation.token });
    expect(anonymous.data!.invitationPreview).toMatchObject({
      schoolName: school.name,
      schoolSlug: school.slug,
      inviterName: school.owner.name,
      label: 'Parents newsletter',
      status: 'ACTIVE',
      viewerIsMember: false,
    });
    expect(JSON.stringify(anonymous)).not.toContain(invitation.code);
    expect(
      (await app.gql(PREVIEW, { c: invitation.code }, { token: school.owner.token })).data!
        .invitationPreview.viewerIsMember,
    ).toBe(true);

    const ip = '198.51.100.9';
    const limit = app.config.rateLimits.redeemFailuresPerIpPerHour;
    for (let i = 0; i < limit; i++)
      expect(codes(await app.gql(PREVIEW, { t: `guess-${i}` }, { ip }))).toEqual([
        'INVITATION_NOT_FOUND',
      ]);
    const limited = await app.gql(PREVIEW, { t: invitation.token }, { ip });
    expect(codes(limited)).toEqual(['RATE_LIMITED']);
    expect(limited.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(codes(await app.gql(PREVIEW, { t: invitation.token }, { ip: '198.51.100.10' }))).toEqual(
      [],
    );
  });

  it('is refused by the database itself when anything but use and revocation changes', async () => {
    const invitation = await app.seed.invitation(school);
    await expect(
      app.db.query(`UPDATE invitations SET code = '23456789ABC' WHERE id = $1`, [invitation.id]),
    ).rejects.toThrow(/immutable/);
    await expect(
      app.db.query(`UPDATE invitations SET max_uses = 5 WHERE id = $1`, [invitation.id]),
    ).rejects.toThrow(/immutable/);
    await expect(
      app.db.query(`DELETE FROM invitations WHERE id = $1`, [invitation.id]),
    ).rejects.toThrow(/cannot be deleted/);
    await app.db.query(
      `UPDATE invitations SET revoked_at = now(), revoked_by = created_by WHERE id = $1`,
      [invitation.id],
    );
    await expect(
      app.db.query(`UPDATE invitations SET revoked_at = NULL, revoked_by = NULL WHERE id = $1`, [
        invitation.id,
      ]),
    ).rejects.toThrow(/cannot be undone/);
  });
});
