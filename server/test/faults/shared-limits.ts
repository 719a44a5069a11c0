import { randomInt } from 'node:crypto';
import { generateInviteCode } from '@school-invites/shared';
import { gql, seedSchool, sql, type Server } from './cluster';
import { OPERATIONS } from '../operations';

/**
 * The limits that live in PostgreSQL, exact whichever instance each request reaches: the tests
 * shared by two instances on one database and three behind a pooler.
 */
export function itHoldsEveryLimitAcross(cluster: () => { servers: Server[]; url: string }) {
  const first = () => cluster().servers[0]!;
  const last = () => cluster().servers.at(-1)!;
  const pick = (i: number) => cluster().servers[i % cluster().servers.length]!;
  const url = () => cluster().url;

  const redeem = (server: Server, code: string, token: string) =>
    gql(server.base, OPERATIONS.redeemByCode, { c: code }, token);

  it('holds a usage limit exactly when 50 people race through every instance', async () => {
    const { owner, schoolId, pupils } = await seedSchool(first().base, 50);
    const { code, id } = (
      await gql(
        first().base,
        `mutation($s: ID!) { createInvitation(input: { schoolId: $s, maxUses: 5 }) { id code } }`,
        { s: schoolId },
        owner.token,
      )
    ).body.data.createInvitation;
    const results = await Promise.all(pupils.map((p, i) => redeem(pick(i), code, p.token)));
    expect(results.filter((r) => !r.body.errors)).toHaveLength(5);
    const [row] = await sql(
      url(),
      `SELECT use_count, (SELECT count(*)::int FROM redemptions WHERE invitation_id = $1) AS n FROM invitations WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ use_count: 5, n: 5 });
  }, 60_000);

  it('refuses on one instance an invitation just revoked on the other', async () => {
    const { owner, schoolId, pupils } = await seedSchool(first().base, 1);
    const { code, id } = (
      await gql(first().base, OPERATIONS.createInvitation, { s: schoolId }, owner.token)
    ).body.data.createInvitation;
    await gql(first().base, OPERATIONS.revokeInvitation, { id }, owner.token);
    const result = await redeem(last(), code, pupils[0]!.token);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('INVITATION_REVOKED');
  }, 60_000);

  it('counts failed attempts once across instances: the limit does not double', async () => {
    const { pupils } = await seedSchool(first().base, 1);
    const token = pupils[0]!.token;
    const codes: string[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await redeem(pick(i), `WRONG${i}`, token);
      codes.push(r.body.errors?.[0]?.extensions?.code ?? 'OK');
    }
    expect(codes.slice(0, 10).every((c) => c === 'INVITATION_NOT_FOUND')).toBe(true);
    expect(codes[10]).toBe('RATE_LIMITED');
  }, 60_000);

  it('checks at most 10 of 50 parallel wrong codes from one account across every instance, 10 times over', async () => {
    const { pupils } = await seedSchool(first().base, 10);
    for (const pupil of pupils) {
      // Well-formed codes and mistyped ones, each kind sent to both instances.
      const guess = (i: number) => (i % 4 < 2 ? generateInviteCode(randomInt) : `WRONG${i}`);
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => redeem(pick(i), guess(i), pupil.token)),
      );
      const answers = results.map((r) => r.body.errors?.[0]?.extensions?.code ?? 'OK');
      expect(
        answers.filter((code) => code !== 'INVITATION_NOT_FOUND' && code !== 'RATE_LIMITED'),
      ).toEqual([]);
      expect(answers.filter((code) => code === 'INVITATION_NOT_FOUND').length).toBe(10);
    }
  }, 120_000);
}
