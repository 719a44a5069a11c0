import { randomInt } from 'node:crypto';
import { generateInviteCode } from '@school-invites/shared';
import { codes, testConfig, useTestApp, type GqlResult } from '../harness';
import { SEED_PASSWORD } from '../seed';
import { OPERATIONS } from '../operations';

const REDEEM = OPERATIONS.redeem;
const PREVIEW = `query($t: String, $c: String) { invitationPreview(token: $t, code: $c) { status } }`;
const SIGN_IN = OPERATIONS.signIn;

/** A wrong guess of each kind: a well-formed code, a link token, and a mistyped code. */
const wrongInput = (i: number) =>
  [
    { code: generateInviteCode(randomInt) },
    { token: `wrong-token-${i}-${randomInt(1e9)}` },
    { code: `BAD${i}` },
  ][i % 3]!;

/** How many of `results` were really checked: answered with `failure`, not refused as RATE_LIMITED. */
function checked(results: GqlResult[], failure: string): number {
  const all = results.flatMap(codes);
  expect(all.filter((code) => code !== failure && code !== 'RATE_LIMITED')).toEqual([]);
  return all.filter((code) => code === failure).length;
}

/**
 * Counters keep fixed windows (a minute, an hour), so a burst that straddles a window's end is
 * two windows' worth; each round starts clear of the next minute's start (and so of the hour's).
 */
async function clearOfMinuteBoundary(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 3_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

/**
 * A burst of parallel attempts must not slip past a limit: each attempt is counted before it is
 * checked, so however many arrive at once, at most the limit are answered.
 */
describe('attempt limits under bursts', () => {
  const limits = {
    ...testConfig().rateLimits,
    redeemFailuresPerUserPerMinute: 5,
    redeemFailuresPerIpPerHour: 30,
    signInPerEmailPerHour: 3,
    signInPerIpPerHour: 3,
  };
  const app = useTestApp({ rateLimits: limits });

  it('checks at most 5 of 50 parallel wrong codes from one account, 20 times over', async () => {
    for (let round = 0; round < 20; round++) {
      const [guesser] = await app.seed.users(1);
      await clearOfMinuteBoundary();
      // Each from its own address, so only the per-account limit applies.
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          app.gql(
            REDEEM,
            { input: wrongInput(i) },
            { token: guesser!.token, ip: `198.18.${round}.${i}` },
          ),
        ),
      );
      expect(checked(results, 'INVITATION_NOT_FOUND')).toBe(limits.redeemFailuresPerUserPerMinute);
    }
  });

  it('checks at most 30 of 50 parallel wrong redeems and previews from one address, 20 times over', async () => {
    for (let round = 0; round < 20; round++) {
      const guessers = await app.seed.users(50);
      const ip = `198.19.${round}.1`;
      await clearOfMinuteBoundary();
      const results = await Promise.all(
        guessers.map((guesser, i) =>
          i % 2
            ? app.gql(REDEEM, { input: wrongInput(i) }, { token: guesser.token, ip })
            : app.gql(PREVIEW, { t: `wrong-token-${i}`, c: null }, { ip }),
        ),
      );
      expect(checked(results, 'INVITATION_NOT_FOUND')).toBe(limits.redeemFailuresPerIpPerHour);
    }
  });

  it('checks at most 3 of 10 parallel wrong passwords for one email, 10 times over', async () => {
    for (let round = 0; round < 10; round++) {
      const user = await app.seed.user();
      await clearOfMinuteBoundary();
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          app.gql(
            SIGN_IN,
            { e: user.email, p: `wrong password ${i}` },
            { ip: `198.20.${round}.${i}` },
          ),
        ),
      );
      expect(checked(results, 'UNAUTHENTICATED')).toBe(limits.signInPerEmailPerHour);
    }
  });

  it('checks at most 3 of 10 parallel sign-ins from one address, 5 times over', async () => {
    for (let round = 0; round < 5; round++) {
      const ip = `198.21.${round}.1`;
      await clearOfMinuteBoundary();
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          app.gql(
            SIGN_IN,
            { e: `nobody-${round}-${i}@bursts.example`, p: 'wrong password' },
            { ip },
          ),
        ),
      );
      expect(checked(results, 'UNAUTHENTICATED')).toBe(limits.signInPerIpPerHour);
    }
  });

  it('lets two classes of 30 join at once from one address limited to 30, leaving nothing counted', async () => {
    const school = await app.seed.school();
    const ip = '198.22.0.1';
    const pupils = [];
    for (let round = 0; round < 2; round++) {
      const invitation = await app.seed.invitation(school, { maxUses: 30 });
      const classOf30 = await app.seed.users(30);
      const results = await Promise.all(
        classOf30.map((pupil) =>
          app.gql(REDEEM, { input: { code: invitation.code } }, { token: pupil.token, ip }),
        ),
      );
      expect(results.flatMap(codes)).toEqual([]);
      pupils.push(...classOf30);
    }
    const keys = [`redeem:ip:${ip}`, ...pupils.map((pupil) => `redeem:user:${pupil.id}`)];
    const [{ hits }] = await app.db.query(
      `SELECT coalesce(sum(hits), 0)::int AS hits FROM rate_limit_counters WHERE key = ANY($1)`,
      [keys],
    );
    expect(hits).toBe(0);
  });

  it('gives a right password its attempt back, and keeps the wrong ones counted', async () => {
    const user = await app.seed.user();
    const signIn = (password: string, i: number) =>
      app.gql(SIGN_IN, { e: user.email, p: password }, { ip: `198.23.0.${i}` });
    const answers = [];
    for (const [i, password] of [
      'wrong one',
      SEED_PASSWORD,
      SEED_PASSWORD,
      SEED_PASSWORD,
      'wrong two',
      'wrong three',
      SEED_PASSWORD,
    ].entries()) {
      answers.push(codes(await signIn(password, i))[0] ?? 'OK');
    }
    expect(answers).toEqual([
      'UNAUTHENTICATED',
      'OK',
      'OK',
      'OK',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'RATE_LIMITED',
    ]);
  });

  it('leaves nothing counted against the other limits of a refused attempt', async () => {
    const [guesser] = await app.seed.users(1);
    for (let i = 0; i < limits.redeemFailuresPerUserPerMinute; i++) {
      expect(
        codes(
          await app.gql(
            REDEEM,
            { input: wrongInput(i) },
            { token: guesser!.token, ip: '198.24.0.1' },
          ),
        ),
      ).toEqual(['INVITATION_NOT_FOUND']);
    }
    const refused = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        app.gql(REDEEM, { input: wrongInput(i) }, { token: guesser!.token, ip: '198.24.0.2' }),
      ),
    );
    expect(refused.flatMap(codes)).toEqual(Array(10).fill('RATE_LIMITED'));
    const rows = await app.db.query(
      `SELECT hits FROM rate_limit_counters WHERE key = $1 AND hits > 0`,
      ['redeem:ip:198.24.0.2'],
    );
    expect(rows).toEqual([]);
  });
});
