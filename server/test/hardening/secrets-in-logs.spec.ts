import { codes, useTestApp } from '../harness';
import { postgresLog } from '../postgres-log';

/** Shapes of secrets a failing row would show: invite codes, link tokens, argon2 hashes, emails. */
const INVITE_CODE = /\b[2-9A-HJKMNP-Z]{11}\b/;
const ARGON2 = /\$argon2/;
const EMAIL = /[\w.+-]+@[\w-]+\.example\b/;

describe('an unexpected database error in the logs', () => {
  const logLines: string[] = [];
  const app = useTestApp({}, { logLines });

  beforeAll(async () => {
    // Stand-ins for a bug: constraints the code does not expect, so the statement fails in the
    // database with the whole row in its DETAIL, as a real unexpected error would.
    await app.db.query(
      `ALTER TABLE invitations ADD CONSTRAINT refuses_unlucky_labels CHECK (label IS DISTINCT FROM 'Unlucky 13')`,
    );
    await app.db.query(
      `ALTER TABLE users ADD CONSTRAINT refuses_unlucky_names CHECK (name <> 'Unlucky Uma')`,
    );
  });

  it('names the SQLSTATE, constraint and table, and never a value of the failing row', async () => {
    const logStart = postgresLog().length;
    const school = await app.seed.school();
    const created = await app.gql(
      `mutation($s: ID!) { createInvitation(input: { schoolId: $s, label: "Unlucky 13" }) { id } }`,
      { s: school.id },
      { token: school.owner.token },
    );
    expect(codes(created)).toEqual(['INTERNAL_SERVER_ERROR']);
    const signedUp = await app.gql(
      `mutation { signUp(input: { name: "Unlucky Uma", email: "uma.secret@unlucky.example", password: "uma-password-123" }) { token } }`,
    );
    expect(codes(signedUp)).toEqual(['INTERNAL_SERVER_ERROR']);

    const errors = logLines
      .map((line) => JSON.parse(line) as { msg: string; err?: Record<string, unknown> })
      .filter((l) => l.err);
    expect(errors.map((l) => l.err)).toEqual([
      {
        type: 'QueryFailedError',
        sqlstate: '23514',
        constraint: 'refuses_unlucky_labels',
        table: 'invitations',
        routine: expect.any(String),
      },
      {
        type: 'QueryFailedError',
        sqlstate: '23514',
        constraint: 'refuses_unlucky_names',
        table: 'users',
        routine: expect.any(String),
      },
    ]);

    const appLog = logLines.join('\n');
    const pgLog = postgresLog().slice(logStart);
    for (const [name, log] of [
      ['application', appLog],
      ['PostgreSQL', pgLog],
    ] as const) {
      for (const secret of [
        INVITE_CODE,
        ARGON2,
        EMAIL,
        /Unlucky/,
        /uma-password/,
        /Failing row/,
        /INSERT INTO/,
      ]) {
        expect({ log: name, secret: String(secret), found: secret.test(log) }).toEqual({
          log: name,
          secret: String(secret),
          found: false,
        });
      }
      expect(log).not.toContain(school.owner.email);
    }
  });
});
