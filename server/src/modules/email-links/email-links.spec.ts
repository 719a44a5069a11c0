import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { createLogger } from '../../logger';
import { createMailer } from '../../mail/mailer';
import { createServices } from '../../services';
import { codes, useTestApp } from '../../../test/harness';
import { SEED_PASSWORD } from '../../../test/seed';

interface Received {
  to: string;
  subject: string;
  text: string;
}

/** A real SMTP server in this process: what the product sends arrives here as it would anywhere. */
async function startSmtp(inbox: Received[]): Promise<{ url: string; stop(): Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => {
          inbox.push({
            to: (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          });
          done();
        })
        .catch(done);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Starts the SMTP server above for the describe block, and rebuilds the app's services with
 * mail going to it. Its inbox fills as mail arrives.
 */
function useSmtp(app: ReturnType<typeof useTestApp>) {
  const inbox: Received[] = [];
  let server: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    server = await startSmtp(inbox);
    const config = { ...app.config, smtpUrl: server.url };
    const logger = createLogger('silent');
    Object.assign(
      app.services,
      createServices(app.db, config, logger, { mailer: createMailer(config, logger) }),
    );
  });
  afterAll(() => server.stop());
  return { inbox };
}

const tokenIn = (text: string) => /#token=([A-Za-z0-9_-]+)/.exec(text)?.[1];

const ME = `{ me { emailVerified } }`;
const REQUEST = `mutation { requestEmailVerification }`;
const VERIFY = `mutation($t: String!) { verifyEmail(token: $t) { id } }`;
const FORGOT = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { token } }`;
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { token } }`;

describe('links sent by email, over real SMTP', () => {
  const serverLog: string[] = [];
  const app = useTestApp({}, { logLines: serverLog });
  const smtp = useSmtp(app);

  it('verifies an address once, with a link that expires', async () => {
    const user = await app.seed.user();
    expect((await app.as(user).query(ME)).data!.me.emailVerified).toBe(false);
    expect((await app.as(user).query(REQUEST)).data!.requestEmailVerification).toBe(true);
    const mail = smtp.inbox.at(-1)!;
    expect(mail.to).toBe(user.email);
    expect(mail.text).toContain('http://school.test/verify-email#token=');
    const token = tokenIn(mail.text)!;

    const verified = await app.gql(VERIFY, { t: token });
    if (verified.errors) console.log(serverLog.join('\n'));
    expect(verified.errors).toBeUndefined();
    expect(verified.data!.verifyEmail.id).toBe(user.id);
    expect((await app.as(user).query(ME)).data!.me.emailVerified).toBe(true);
    expect(codes(await app.gql(VERIFY, { t: token }))).toEqual(['BAD_USER_INPUT']);

    const other = await app.seed.user();
    await app.as(other).query(REQUEST);
    const late = tokenIn(smtp.inbox.at(-1)!.text)!;
    await app.db.query(
      `UPDATE email_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [other.id],
    );
    expect(codes(await app.gql(VERIFY, { t: late }))).toEqual(['BAD_USER_INPUT']);
    // Nobody else reads whether an address is verified, not even an owner who sees the email.
    const school = await app.seed.school();
    await app.seed.member(school, 'STUDENT', user);
    const members = await app
      .as(school.owner)
      .query(
        `query($s: ID!) { school(id: $s) { members(first: 10) { edges { node { user { id email emailVerified } } } } } }`,
        { s: school.id },
      );
    const seen = members.data!.school.members.edges.map((edge: any) => edge.node.user);
    expect(seen.find((u: any) => u.id === user.id)).toEqual({
      id: user.id,
      email: user.email,
      emailVerified: null,
    });
    expect(seen.find((u: any) => u.id === school.owner.id).emailVerified).toBe(false);
  });

  it('resets a password by email: every old session ends, and the address counts as verified', async () => {
    const user = await app.seed.user();
    const before = smtp.inbox.length;
    expect(
      (await app.gql(FORGOT, { e: 'nobody-here@example.org' })).data!.requestPasswordReset,
    ).toBe(true);
    expect(smtp.inbox.length).toBe(before);
    expect(
      (await app.gql(FORGOT, { e: user.email.toUpperCase() })).data!.requestPasswordReset,
    ).toBe(true);
    const token = tokenIn(smtp.inbox.at(-1)!.text)!;

    expect(codes(await app.gql(RESET, { t: token, p: 'short' }))).toEqual(['BAD_USER_INPUT']);
    const reset = await app.gql(RESET, { t: token, p: 'a brand new passphrase' });
    const session = reset.data!.resetPassword.token as string;
    expect((await app.as({ token: session }).query(ME)).data!.me.emailVerified).toBe(true);
    // The session the seed made before the reset no longer works.
    expect((await app.as(user).query(ME)).data!.me).toBeNull();
    expect(codes(await app.gql(SIGN_IN, { e: user.email, p: SEED_PASSWORD }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(codes(await app.gql(SIGN_IN, { e: user.email, p: 'a brand new passphrase' }))).toEqual(
      [],
    );
    expect(codes(await app.gql(RESET, { t: token, p: 'another new passphrase' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

describe('signing up never tells whether an address is registered', () => {
  const app = useTestApp();
  const smtp = useSmtp(app);

  const SIGN_UP = `mutation($n: String!, $e: String!, $p: String!) {
    signUp(input: { name: $n, email: $e, password: $p }) { token user { id name email emailVerified } }
  }`;
  const signUp = async (name: string, email: string, password: string) => {
    const result = await app.gql(SIGN_UP, { n: name, e: email, p: password });
    await app.services.emailLinks.settled();
    return result;
  };
  const mailTo = (email: string) => smtp.inbox.filter((mail) => mail.to === email);

  it('answers a taken address exactly as a new one, and mails its owner instead', async () => {
    const fresh = await signUp('Fresh Person', 'fresh.person@example.org', 'a long passphrase');
    const owner = await app.seed.user();
    const taken = await signUp('Someone Else', owner.email.toUpperCase(), 'another passphrase');
    for (const result of [fresh, taken]) {
      expect(result.errors).toBeUndefined();
      expect(Object.keys(result.data!.signUp)).toEqual(['token', 'user']);
      expect(result.data!.signUp.user.emailVerified).toBe(false);
    }
    expect(taken.data!.signUp.user.id).not.toBe(owner.id);
    expect(taken.data!.signUp.user.email).toBe(owner.email.toUpperCase());

    // The new address gets a link that confirms it; the owned one a notice with no link to use.
    const [welcome] = mailTo('fresh.person@example.org');
    expect(welcome!.subject).toMatch(/confirm your email/i);
    const confirmed = await app.gql(
      `mutation($t: String!) { verifyEmail(token: $t) { id emailVerified } }`,
      { t: tokenIn(welcome!.text)! },
      { token: fresh.data!.signUp.token },
    );
    expect(confirmed.data!.verifyEmail).toEqual({
      id: fresh.data!.signUp.user.id,
      emailVerified: true,
    });
    const notices = mailTo(owner.email.toLowerCase());
    expect(notices.map((mail) => mail.subject)).toEqual([
      'Someone tried to sign up with your email address',
    ]);
    expect(tokenIn(notices[0]!.text)).toBeUndefined();
    expect(notices[0]!.text).not.toContain('Someone Else');

    // The second account is its own: its session and password open it, not the owner's.
    const second = { token: taken.data!.signUp.token as string };
    expect((await app.as(second).query(`{ me { id } }`)).data!.me.id).toBe(
      taken.data!.signUp.user.id,
    );
    const signIn = async (password: string) =>
      (await app.gql(SIGN_IN, { e: owner.email, p: password })).data?.signIn.token as string;
    const asOwner = await signIn(SEED_PASSWORD);
    expect((await app.as({ token: asOwner }).query(`{ me { id } }`)).data!.me.id).toBe(owner.id);
    const asSecond = await signIn('another passphrase');
    expect((await app.as({ token: asSecond }).query(`{ me { id } }`)).data!.me.id).toBe(
      taken.data!.signUp.user.id,
    );

    // It can never prove the address: asking again mails the notice, and a reset goes to the owner.
    expect((await app.as(second).query(REQUEST)).data!.requestEmailVerification).toBe(true);
    expect(tokenIn(mailTo(owner.email.toLowerCase()).at(-1)!.text)).toBeUndefined();
    await app.gql(FORGOT, { e: owner.email });
    const reset = await app.gql(RESET, {
      t: tokenIn(mailTo(owner.email.toLowerCase()).at(-1)!.text)!,
      p: 'the owner chose this',
    });
    expect((await app.as(reset.data!.resetPassword).query(`{ me { id } }`)).data!.me.id).toBe(
      owner.id,
    );
  });

  it('leaves exactly one owner when sign-ups race for a new address', async () => {
    const email = 'racing.signups@example.org';
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signUp(`Racer ${i}`, email, `passphrase number ${i}`)),
    );
    expect(results.map((result) => result.errors)).toEqual(results.map(() => undefined));
    const [{ owners, accounts }] = await app.db.query(
      `SELECT count(*) FILTER (WHERE owns_email)::int AS owners, count(*)::int AS accounts
         FROM users WHERE lower(email) = $1`,
      [email],
    );
    expect({ owners, accounts }).toEqual({ owners: 1, accounts: 12 });
    // At most one welcome with a link, the rest notices, up to the per-address mail limit.
    const received = mailTo(email);
    expect(received.filter((mail) => tokenIn(mail.text)).length).toBeLessThanOrEqual(1);
    expect(received).toHaveLength(app.config.rateLimits.emailLinksPerUserPerHour);
  });
});

describe('mail without SMTP', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'si-mail-'));
  const lines: string[] = [];
  const app = useTestApp({ dataDir }, { logLines: lines });

  it('is written as .eml files under $DATA_DIR/mail, and the log says only where', async () => {
    const user = await app.seed.user();
    expect((await app.as(user).query(REQUEST)).data!.requestEmailVerification).toBe(true);
    const folder = path.join(dataDir, 'mail');
    const [file] = readdirSync(folder);
    const message = readFileSync(path.join(folder, file!), 'utf8');
    expect(message).toContain(`To: ${user.email}`);
    const token = tokenIn(message.replace(/=\r?\n/g, ''))!;
    expect(token).toBeDefined();
    const logged = lines.join('\n');
    expect(logged).toContain('wrote an email message');
    expect(logged).not.toContain(token);
    expect(logged).not.toContain(user.email);
  });
});

describe('mail in production without SMTP', () => {
  const app = useTestApp({ production: true, smtpUrl: null });

  it('says plainly that mail is off, yet never tells whether an address is registered', async () => {
    const user = await app.seed.user();
    const refused = await app.as(user).query(REQUEST);
    expect(codes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors![0]!.extensions).toMatchObject({ reason: 'MAIL_OFF' });
    expect((await app.gql(FORGOT, { e: user.email })).data!.requestPasswordReset).toBe(true);
  });
});
