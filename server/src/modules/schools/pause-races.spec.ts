import { codes, testConfig, useTestApp, type GqlResult } from '../../../test/harness';
import type { SeedInvitation, SeedSchool, SeedUser } from '../../../test/seed';

const REDEEM = `mutation($c: String) { redeemInvitation(input: { code: $c }) { alreadyMember } }`;
const PAUSE = `mutation($s: ID!) { pauseInvitations(schoolId: $s) { invitationsPausedAt } }`;
const RESUME = `mutation($s: ID!) { resumeInvitations(schoolId: $s) { invitationsPausedAt } }`;

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('pausing invitations while people join', () => {
  // Rate limits have their own tests; here they would only get in the way of the races.
  const app = useTestApp({ rateLimits: { ...testConfig().rateLimits, enabled: false } });
  let school: SeedSchool;

  beforeAll(async () => {
    school = await app.seed.school();
  });

  const as = (who: SeedUser, query: string, variables: Record<string, unknown>) =>
    app.as(who).query(query, variables);

  /** The school's members, counted. */
  const memberCount = () =>
    app.db
      .query(`SELECT count(*)::int AS n FROM memberships WHERE school_id = $1`, [school.id])
      .then((rows: { n: number }[]) => rows[0]!.n);

  /**
   * What joins through `invitations` left behind, each counted from its own table: they agree
   * when every join wrote all of its records and no other.
   */
  const joinRecords = (invitations: SeedInvitation[], people: SeedUser[]) =>
    app.db
      .query(
        `SELECT
           (SELECT count(*)::int FROM memberships WHERE school_id = $1 AND user_id = ANY($3)) AS members,
           (SELECT count(*)::int FROM redemptions WHERE invitation_id = ANY($2)) AS redemptions,
           (SELECT sum(use_count)::int FROM invitations WHERE id = ANY($2)) AS uses,
           (SELECT count(*)::int FROM audit_events
             WHERE action = 'invitation.redeemed' AND target_id = ANY($2)) AS redeemed_events`,
        [school.id, invitations.map((i) => i.id), people.map((p) => p.id)],
      )
      .then((rows: Record<string, number>[]) => rows[0]!);
  const records = (n: number) => ({ members: n, redemptions: n, uses: n, redeemed_events: n });

  /**
   * An invitation into the school alone, and one into a new group of it: both ways of joining.
   * With `limit`, each lets 5 people in: the first by its maxUses, the second by its maxUses or
   * by the group's capacity.
   */
  const twoInvitations = async (limit?: 'maxUses' | 'capacity') => {
    const group = await app.seed.group(school, { capacity: limit === 'capacity' ? 5 : undefined });
    return [
      await app.seed.invitation(school, { maxUses: limit ? 5 : undefined }),
      await app.seed.invitation(school, {
        groups: [group],
        maxUses: limit === 'maxUses' ? 5 : undefined,
      }),
    ];
  };

  it('refuses every redemption that starts after the pause returned, and admits none after it, 5 rounds', async () => {
    for (let round = 0; round < 5; round++) {
      expect(codes(await as(school.owner, RESUME, { s: school.id }))).toEqual([]);
      const invitations = await twoInvitations();
      const people = await app.seed.users(40);
      let pause: Promise<GqlResult> | undefined;
      let pauseReturned = false;
      let membersWhenPaused = -1;
      const attempts: { late: boolean; result: Promise<GqlResult> }[] = [];
      for (const [i, person] of people.entries()) {
        if (i === 10)
          pause = as(school.owner, PAUSE, { s: school.id }).then(async (result) => {
            pauseReturned = true;
            membersWhenPaused = await memberCount();
            return result;
          });
        // The last ten start only after the pause returned; those before it, around it.
        if (i === 30) await pause;
        attempts.push({
          late: pauseReturned,
          result: as(person, REDEEM, { c: invitations[i % 2]!.code }),
        });
        await tick();
      }
      const paused = await pause!;
      expect(paused.data?.pauseInvitations.invitationsPausedAt).toBeTruthy();
      const results = await Promise.all(attempts.map((attempt) => attempt.result));

      const late = attempts.flatMap((attempt, i) => (attempt.late ? [results[i]!] : []));
      expect(late.length).toBeGreaterThanOrEqual(10);
      expect(late.flatMap(codes)).toEqual(Array(late.length).fill('INVITATION_PAUSED'));
      expect(results.flatMap(codes).filter((code) => code !== 'INVITATION_PAUSED')).toEqual([]);
      // No one joined once the pause returned; and those told they joined are the ones in.
      expect(await memberCount()).toBe(membersWhenPaused);
      const joined = results.filter((result) => !result.errors).length;
      expect(await joinRecords(invitations, people)).toEqual(records(joined));
    }
  });

  it('keeps maxUses and group capacity exact while the school pauses and resumes during the race, 5 rounds', async () => {
    for (const limit of ['maxUses', 'capacity'] as const) {
      for (let round = 0; round < 5; round++) {
        const invitations = await twoInvitations(limit);
        const people = await app.seed.users(50);
        const code = (i: number) => invitations[i % 2]!.code;
        const toggles: Promise<GqlResult>[] = [];
        const redeems: Promise<GqlResult>[] = [];
        for (const [i, person] of people.entries()) {
          if (i % 5 === round % 5)
            toggles.push(as(school.owner, i % 10 < 5 ? PAUSE : RESUME, { s: school.id }));
          redeems.push(as(person, REDEEM, { c: code(i) }));
          await tick();
        }
        expect((await Promise.all(toggles)).flatMap(codes)).toEqual([]);
        const results = await Promise.all(redeems);
        const full = limit === 'maxUses' ? 'INVITATION_USED_UP' : 'INVITATION_GROUP_FULL';
        const allowed = new Set(['INVITATION_PAUSED', 'INVITATION_USED_UP', full]);
        expect(results.flatMap(codes).filter((c) => !allowed.has(c))).toEqual([]);

        // Resumed, those the pause turned away try again: each invitation fills to exactly 5.
        expect(codes(await as(school.owner, RESUME, { s: school.id }))).toEqual([]);
        const again = await Promise.all(
          people.map((person, i) =>
            codes(results[i]!).includes('INVITATION_PAUSED')
              ? as(person, REDEEM, { c: code(i) })
              : Promise.resolve(results[i]!),
          ),
        );
        for (const [k, invitation] of invitations.entries()) {
          const through = people.filter((_, i) => i % 2 === k);
          const answers = again.filter((_, i) => i % 2 === k);
          expect(answers.filter((result) => !result.errors)).toHaveLength(5);
          const refusal = k === 0 ? 'INVITATION_USED_UP' : full;
          expect(answers.flatMap(codes)).toEqual(Array(20).fill(refusal));
          expect(await joinRecords([invitation], through)).toEqual(records(5));
        }
      }
    }
  });
});
