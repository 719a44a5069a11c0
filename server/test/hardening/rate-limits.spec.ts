import { codes, testConfig, useTestApp } from '../harness';
import { SEED_PASSWORD } from '../seed';
import { OPERATIONS } from '../operations';

const SIGN_IN = OPERATIONS.signIn;
const SIGN_UP = `mutation($e: String!) { signUp(input: { name: "New", email: $e, password: "long-enough-pw" }) { token } }`;

describe('rate limits counted in PostgreSQL', () => {
  // Small limits so the tests stay quick; the defaults are in config.ts and .env.example.
  const limits = {
    ...testConfig().rateLimits,
    signInPerEmailPerHour: 3,
    signInPerIpPerHour: 6,
    signUpPerIpPerHour: 2,
    invitationsPerSchoolPerHour: 3,
  };
  const app = useTestApp({ rateLimits: limits });

  it('locks an email after repeated wrong passwords, even for the right one, with a retry time', async () => {
    const user = await app.seed.user();
    for (let i = 0; i < 3; i++) {
      expect(
        codes(
          await app.gql(
            SIGN_IN,
            { e: user.email, p: 'wrong password!' },
            { ip: `198.51.100.${i}` },
          ),
        ),
      ).toEqual(['UNAUTHENTICATED']);
    }
    const locked = await app.gql(
      SIGN_IN,
      { e: user.email, p: SEED_PASSWORD },
      { ip: '198.51.100.99' },
    );
    expect(codes(locked)).toEqual(['RATE_LIMITED']);
    expect(locked.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    const other = await app.seed.user();
    expect(
      codes(await app.gql(SIGN_IN, { e: other.email, p: SEED_PASSWORD }, { ip: '198.51.100.99' })),
    ).toEqual([]);
  });

  it('limits sign-in attempts per address, against credential stuffing', async () => {
    const users = await Promise.all(Array.from({ length: 7 }, () => app.seed.user()));
    const results = [];
    for (const user of users)
      results.push(
        codes(
          await app.gql(SIGN_IN, { e: user.email, p: 'nope-nope-nope' }, { ip: '203.0.113.1' }),
        ),
      );
    expect(results.slice(0, 6).every((c) => c[0] === 'UNAUTHENTICATED')).toBe(true);
    expect(results[6]).toEqual(['RATE_LIMITED']);
  });

  it('limits sign-ups per address', async () => {
    const ip = '203.0.113.2';
    expect(codes(await app.gql(SIGN_UP, { e: 'a@limits.example' }, { ip }))).toEqual([]);
    expect(codes(await app.gql(SIGN_UP, { e: 'b@limits.example' }, { ip }))).toEqual([]);
    expect(codes(await app.gql(SIGN_UP, { e: 'c@limits.example' }, { ip }))).toEqual([
      'RATE_LIMITED',
    ]);
    expect(codes(await app.gql(SIGN_UP, { e: 'c@limits.example' }, { ip: '203.0.113.3' }))).toEqual(
      [],
    );
  });

  it('limits invitation creation per school per hour', async () => {
    const school = await app.seed.school();
    const create = () => app.as(school.owner).query(OPERATIONS.createInvitation, { s: school.id });
    for (let i = 0; i < 3; i++) expect(codes(await create())).toEqual([]);
    expect(codes(await create())).toEqual(['RATE_LIMITED']);
    const [{ n }] = await app.db.query(
      `SELECT count(*)::int AS n FROM invitations WHERE school_id = $1`,
      [school.id],
    );
    expect(n).toBe(3);
  });
});
