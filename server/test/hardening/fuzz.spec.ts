import fc from 'fast-check';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { getSchema } from '../../src/graphql/schema';
import { SEED_PASSWORD } from '../seed';
import { useTestApp, type GqlResult } from '../harness';
import { postgresLog } from '../postgres-log';
import { operationFor } from '../schema-operations';

/** Anything that looks like it came from the database driver or a stack, rather than for a person. */
const LEAK =
  /QueryFailedError|violates|syntax error|relation "|column "|SELECT |INSERT |UPDATE |\bat [\w.<>]+ \(|\.ts:\d+|node_modules|TypeError|ReferenceError/;

const hostileStrings = (real: string[]) =>
  fc.oneof(
    fc.constantFrom(
      '',
      ' ',
      '%',
      '_',
      '\\',
      '%_\\',
      "' OR 1=1 --",
      '"; DROP TABLE invitations; --',
      '\u0000',
      '🙂🏫',
      'ä'.repeat(300),
      '../../etc/passwd',
    ),
    fc.constant('x'.repeat(100_000)),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom(...real),
  );

function arbitraryFor(
  type: GraphQLInputType,
  real: { ids: string[]; strings: string[] },
  depth = 0,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryFor(type.ofType, real, depth).filter((v) => v !== null);
  const nullable = (arb: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 6, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type))
    return nullable(fc.array(arbitraryFor(type.ofType, real, depth + 1), { maxLength: 4 }));
  if (isEnumType(type))
    return nullable(fc.constantFrom(...type.getValues().map((v) => v.value as string)));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return nullable(
      fc.record(
        Object.fromEntries(fields.map((f) => [f.name, arbitraryFor(f.type, real, depth + 1)])),
        { requiredKeys: [] },
      ),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return nullable(
          fc.oneof(
            fc.constantFrom(-1, 0, 1, 100, 101, 100_001, 2 ** 31 - 1, -(2 ** 31)),
            fc.integer(),
          ),
        );
      case 'Boolean':
        return nullable(fc.boolean());
      case 'ID':
        return nullable(
          fc.oneof(
            fc.constantFrom(
              '',
              'not-a-uuid',
              '00000000-0000-0000-0000-000000000000',
              "1' OR '1'='1",
            ),
            fc.uuid(),
            fc.constantFrom(...real.ids),
          ),
        );
      case 'DateTime':
        return nullable(
          fc.constantFrom(
            'not a date',
            '1900-01-01T00:00:00Z',
            '9999-12-31T23:59:59Z',
            '2020-02-30T00:00:00Z',
            new Date(Date.now() + 86_400_000).toISOString(),
          ),
        );
      default:
        return nullable(hostileStrings(real.strings));
    }
  }
  return fc.constant(null);
}

describe('schema-driven fuzzing of every query and mutation', () => {
  const logLines: string[] = [];
  const app = useTestApp({}, { logLines });
  const pgLogStart = postgresLog().length;
  const real = { ids: [] as string[], strings: [] as string[] };
  let tokens: (string | null)[];
  let cases = 0;

  beforeAll(async () => {
    const school = await app.seed.school();
    const invitation = await app.seed.invitation(school, { maxUses: 3 });
    const student = await app.seed.member(school, 'STUDENT');
    real.ids.push(school.id, invitation.id);
    real.strings.push(
      invitation.code,
      invitation.token,
      school.owner.email,
      `http://school.test/invite/${invitation.token}`,
    );
    tokens = [null, school.owner.token, student.token];
  });

  afterAll(() => {
    console.log(`fuzz: ${cases} cases run`);
  });

  /** Counts that any write would change; rate-limit counters are meant to move on failures. */
  const fingerprint = async () =>
    JSON.stringify(
      await app.db.query(`SELECT
        (SELECT count(*) FROM users) u, (SELECT count(*) FROM sessions) s, (SELECT count(*) FROM api_tokens) t,
        (SELECT count(*) FROM api_tokens WHERE revoked_at IS NOT NULL) tr, (SELECT count(*) FROM schools) sc,
        (SELECT count(*) FROM memberships) m, (SELECT count(*) FROM invitations) i,
        (SELECT count(*) FROM invitations WHERE revoked_at IS NOT NULL) ir, (SELECT coalesce(sum(use_count), 0) FROM invitations) iu,
        (SELECT count(*) FROM redemptions) r, (SELECT count(*) FROM audit_events) a`),
    );

  const schema = getSchema();
  const roots = [
    ['query', schema.getQueryType()!],
    ['mutation', schema.getMutationType()!],
  ] as const;

  // The list fields with the richest arguments, reached through the school.
  for (const [name, field] of [
    [
      'invitations',
      schema.getType('School') && (schema.getType('School') as any).getFields().invitations,
    ],
    ['members', schema.getType('School') && (schema.getType('School') as any).getFields().members],
  ] as const) {
    it(`School.${name}: no internal error, no leak`, async () => {
      const f = field as GraphQLField<unknown, unknown>;
      const vars = f.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const call = f.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const query = `query($school: ID!, ${vars}) { school(id: $school) { ${name}(${call}) { totalCount edges { cursor } } } }`;
      const variables = fc.record(
        Object.fromEntries(f.args.map((a) => [a.name, arbitraryFor(a.type, real)])),
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(variables, async (vars) => {
          cases++;
          const result = await app.gql(
            query,
            { ...(vars as object), school: real.ids[0] },
            { token: tokens[1] ?? null },
          );
          for (const error of result.errors ?? []) {
            expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
            expect(error.message).not.toMatch(LEAK);
          }
        }),
        { numRuns: 150, seed: 20261124 },
      );
    }, 120_000);
  }

  for (const [kind, root] of roots) {
    for (const field of Object.values(root.getFields())) {
      it(`${kind} ${field.name}: no internal error, no leak, nothing written when refused`, async () => {
        const query = operationFor(kind, field);
        const variables = fc.record(
          Object.fromEntries(field.args.map((a) => [a.name, arbitraryFor(a.type, real)])),
          { requiredKeys: [] },
        );
        await fc.assert(
          fc.asyncProperty(variables, fc.nat(2), async (vars, who) => {
            cases++;
            const before = kind === 'mutation' ? await fingerprint() : '';
            const result: GqlResult = await app.gql(query, vars as Record<string, unknown>, {
              token: tokens[who] ?? null,
              ip: `192.0.2.${cases % 250}`,
            });
            const errors = result.errors ?? [];
            expect(errors.filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')).toEqual(
              [],
            );
            for (const error of errors) {
              expect(error.message).not.toMatch(LEAK);
              expect(error.extensions?.stacktrace).toBeUndefined();
            }
            if (kind === 'mutation' && errors.length > 0 && !result.data?.[field.name]) {
              expect(await fingerprint()).toBe(before);
            }
          }),
          { numRuns: 40, seed: 20261124 },
        );
      }, 120_000);
    }
  }
  // Last, over everything the run above wrote and logged.
  it('left no token, code, email, password or hash in the application log or the PostgreSQL log', async () => {
    const rows: { secret: string }[] = await app.db.query(`
      SELECT token AS secret FROM invitations UNION ALL SELECT code FROM invitations
      UNION ALL SELECT email FROM users UNION ALL SELECT password_hash FROM users`);
    const secrets = [
      ...rows.map((row) => row.secret),
      SEED_PASSWORD,
      ...tokens.filter((t): t is string => t !== null),
    ];
    expect(secrets.length).toBeGreaterThan(10);
    const logs = { application: logLines.join('\n'), postgres: postgresLog().slice(pgLogStart) };
    for (const [name, log] of Object.entries(logs)) {
      expect({ log: name, found: secrets.filter((secret) => log.includes(secret)) }).toEqual({
        log: name,
        found: [],
      });
    }
  });
});
