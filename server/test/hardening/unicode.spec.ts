import fc from 'fast-check';
import { LIMITS, textLength } from '@school-invites/shared';
import { codes, testConfig, useTestApp, type GqlResult } from '../harness';

/**
 * Free text from anywhere in Unicode: either stored as given (trimmed, within its length in code
 * points, which is what the database's char_length counts) or refused with BAD_USER_INPUT naming
 * the field. Never an internal error, never half-written.
 */

const HEART = '\u2764\uFE0F'; // ❤️: one grapheme, two code points
const SCHOOL = '\u{1F3EB}'; // 🏫: one code point, two UTF-16 units

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc
    .array(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 4 }),
        fc.constantFrom(
          '\uD800',
          '\uDFFF',
          '\uDBFF\uD800',
          HEART,
          SCHOOL,
          '\u0007',
          '\u009B',
          '\u200B',
          ' ',
          '\t',
          '\n',
          'e\u0301',
        ),
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join('')),
  fc
    .constantFrom(HEART, SCHOOL, 'x', ' ')
    .chain((unit) => fc.integer({ min: 90, max: 260 }).map((n) => unit.repeat(n))),
);

/** The field a refusal names: the argument (its validation) or the variable carrying it (the text check). */
const fieldOf = (result: GqlResult) => String(result.errors?.[0]?.extensions?.field ?? '');

describe('hostile Unicode in every free-text input', () => {
  const app = useTestApp({ rateLimits: { ...testConfig().rateLimits, enabled: false } });
  let owner: { token: string };
  let schoolId: string;

  beforeAll(async () => {
    const school = await app.seed.school();
    owner = school.owner;
    schoolId = school.id;
  });

  const inputs: {
    name: string;
    field: RegExp;
    max: number;
    optional?: boolean;
    run: (text: string) => Promise<GqlResult>;
    stored: (result: GqlResult) => Promise<string | null>;
  }[] = [
    {
      name: 'invitation label',
      field: /^(label|\$i\.label)$/,
      max: LIMITS.invitationLabelMax,
      optional: true,
      run: (text) =>
        app.gql(
          `mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { id label } }`,
          { i: { schoolId, label: text } },
          owner,
        ),
      stored: async (r) => r.data!.createInvitation.label,
    },
    {
      name: 'school name',
      field: /^(name|\$n)$/,
      max: LIMITS.schoolNameMax,
      run: (text) =>
        app.gql(
          `mutation($n: String!) { createSchool(input: { name: $n }) { id name } }`,
          { n: text },
          owner,
        ),
      stored: async (r) => r.data!.createSchool.name,
    },
    {
      name: 'school description',
      field: /^(description|\$d)$/,
      max: LIMITS.schoolDescriptionMax,
      optional: true,
      run: (text) =>
        app.gql(
          `mutation($n: String!, $d: String) { createSchool(input: { name: $n, description: $d }) { id description } }`,
          {
            n: `Described ${Math.random().toString(36).slice(2)}`,
            d: text,
          },
          owner,
        ),
      stored: async (r) => r.data!.createSchool.description,
    },
    {
      name: 'API token name',
      field: /^(name|\$n)$/,
      max: LIMITS.apiTokenNameMax,
      run: (text) =>
        app.gql(
          `mutation($n: String!) { createApiToken(name: $n) { apiToken { name } } }`,
          { n: text },
          owner,
        ),
      stored: async (r) => r.data!.createApiToken.apiToken.name,
    },
    {
      name: 'sign-up name',
      field: /^(name|\$n)$/,
      max: LIMITS.userNameMax,
      run: (text) =>
        app.gql(
          `mutation($n: String!, $e: String!) { signUp(input: { name: $n, email: $e, password: "long-enough-pw" }) { user { name } } }`,
          {
            n: text,
            e: `u${Math.random().toString(36).slice(2)}@unicode.example`,
          },
        ),
      stored: async (r) => r.data!.signUp.user.name,
    },
  ];

  for (const input of inputs) {
    it(`${input.name}: stored as given or refused naming the field`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileText, async (text) => {
          const result = await input.run(text);
          if (result.errors) {
            expect(codes(result)).toEqual(['BAD_USER_INPUT']);
            expect(fieldOf(result)).toMatch(input.field);
          } else {
            const stored = await input.stored(result);
            // Optional text left blank is stored as none.
            const expected = text.trim() === '' && input.optional ? null : text.trim();
            expect(stored).toBe(expected);
            expect(textLength(stored ?? '')).toBeLessThanOrEqual(input.max);
          }
        }),
        { numRuns: 60, seed: 20261125 },
      );
    }, 60_000);
  }

  it("measures length exactly as PostgreSQL's char_length does, for any valid text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        const [{ n }] = await app.db.query(`SELECT char_length($1::text) AS n`, [
          text.replaceAll('\u0000', ''),
        ]);
        expect(textLength(text.replaceAll('\u0000', ''))).toBe(n);
      }),
      { numRuns: 200, seed: 20261125 },
    );
  });

  it('counts length in code points, as the database does: emoji with a variation selector count twice', async () => {
    const label = (text: string) => inputs[0]!.run(text);
    const hearts = await label(HEART.repeat(150));
    expect(codes(hearts)).toEqual(['BAD_USER_INPUT']);
    expect(hearts.errors![0]!.message).toMatch(/label.*at most 200 characters/);
    expect(codes(await label(HEART.repeat(100)))).toEqual([]);
    // One code point each, though two UTF-16 units: 200 fit, 201 do not.
    expect(codes(await label(SCHOOL.repeat(200)))).toEqual([]);
    expect(codes(await label(SCHOOL.repeat(201)))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await inputs[4]!.run(HEART.repeat(60)))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses lone surrogates and control characters in a label, a school name and a sign-up email, naming the field', async () => {
    for (const bad of ['\uD800', 'a\uDC00b', 'bell\u0007', 'esc\u001B[31m']) {
      const byLabel = await inputs[0]!.run(`Year 7 ${bad}`);
      expect({ codes: codes(byLabel), field: fieldOf(byLabel) }).toEqual({
        codes: ['BAD_USER_INPUT'],
        field: '$i.label',
      });
      const bySchool = await inputs[1]!.run(`School ${bad}`);
      expect({ codes: codes(bySchool), field: fieldOf(bySchool) }).toEqual({
        codes: ['BAD_USER_INPUT'],
        field: '$n',
      });
      const byEmail = await app.gql(
        `mutation($e: String!) { signUp(input: { name: "Pat", email: $e, password: "long-enough-pw" }) { token } }`,
        {
          e: `pat${bad}@example.org`,
        },
      );
      expect({ codes: codes(byEmail), field: fieldOf(byEmail) }).toEqual({
        codes: ['BAD_USER_INPUT'],
        field: '$e',
      });
    }
  });

  it('refuses blank names and trims the ones it keeps', async () => {
    for (const blank of ['', '   ', '\u3000', ' \n ']) {
      const school = await inputs[1]!.run(blank);
      expect({ codes: codes(school), field: fieldOf(school) }).toEqual({
        codes: ['BAD_USER_INPUT'],
        field: 'name',
      });
      const token = await inputs[3]!.run(blank);
      expect({ codes: codes(token), field: fieldOf(token) }).toEqual({
        codes: ['BAD_USER_INPUT'],
        field: 'name',
      });
    }
    const kept = await inputs[1]!.run('  Riverside Primary  ');
    expect(kept.data!.createSchool.name).toBe('Riverside Primary');
  });
});
