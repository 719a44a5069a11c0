import { codes, useTestApp } from '../../../test/harness';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id name email } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token user { id email } } }`;
const ME = `{ me { id name email } }`;

describe('accounts and sessions', () => {
  const app = useTestApp();

  it('signs up, reads me with the token, signs out, and the used token stops working', async () => {
    const signUp = await app.gql(SIGN_UP, {
      input: { name: '  Ada Lovelace ', email: ' Ada@Example.org ', password: 'analytical-engine' },
    });
    expect(signUp.errors).toBeUndefined();
    const { token, user } = signUp.data!.signUp;
    expect(user).toMatchObject({ name: 'Ada Lovelace', email: 'Ada@Example.org' });
    expect(token).toMatch(/^sis_[A-Za-z0-9_-]{43}$/);

    expect((await app.gql(ME, {}, { token })).data!.me).toMatchObject({
      id: user.id,
      email: 'Ada@Example.org',
    });
    const stored = await app.db.query(`SELECT token_hash FROM sessions WHERE user_id = $1`, [
      user.id,
    ]);
    expect(stored[0].token_hash.toString('hex')).not.toContain(Buffer.from(token).toString('hex'));

    expect((await app.gql(`mutation { signOut }`, {}, { token })).data!.signOut).toBe(true);
    expect((await app.gql(ME, {}, { token })).data!.me).toBeNull();
    expect(codes(await app.gql(`{ mySchools { id } }`, {}, { token }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('gives a registered address, in any case, the same answer as a new one', async () => {
    const input = { name: 'Grace', email: 'grace@example.org', password: 'compilers-rule' };
    const first = await app.gql(SIGN_UP, { input });
    const again = await app.gql(SIGN_UP, {
      input: { ...input, email: 'GRACE@example.org ', password: 'another-password' },
    });
    expect(codes(first)).toEqual([]);
    expect(codes(again)).toEqual([]);
    expect(again.data!.signUp.user.id).not.toBe(first.data!.signUp.user.id);
    const owners = await app.db.query(
      `SELECT id FROM users WHERE lower(email) = 'grace@example.org' AND owns_email`,
    );
    expect(owners).toEqual([{ id: first.data!.signUp.user.id }]);
  });

  it('validates name, email and password with messages a person can act on', async () => {
    const bad = async (input: Record<string, string>) =>
      (await app.gql(SIGN_UP, { input })).errors![0]!;
    const ok = { name: 'Kim', email: 'kim@example.org', password: 'long-enough-pw' };
    expect(await bad({ ...ok, password: 'short' })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'password' },
    });
    expect(await bad({ ...ok, email: 'not-an-email' })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'email' },
    });
    expect(await bad({ ...ok, name: '   ' })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'name' },
    });
    expect(await bad({ ...ok, name: 'x'.repeat(101) })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('signs in with the right password and gives one answer for a wrong password or an unknown email', async () => {
    const user = await app.seed.user();
    const ok = await app.gql(SIGN_IN, {
      input: { email: user.email.toUpperCase(), password: 'correct horse battery staple' },
    });
    expect(ok.data!.signIn.user.id).toBe(user.id);
    const wrong = await app.gql(SIGN_IN, {
      input: { email: user.email, password: 'wrong password!' },
    });
    const unknown = await app.gql(SIGN_IN, {
      input: { email: 'nobody@example.org', password: 'wrong password!' },
    });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
  });

  it('creates, lists, uses and revokes API tokens; expired and revoked ones stop working', async () => {
    const user = await app.seed.user();
    const created = await app.gql(
      `mutation { createApiToken(name: "Timetable sync") { secret apiToken { id name prefix lastUsedAt } } }`,
      {},
      { token: user.token },
    );
    const { secret, apiToken } = created.data!.createApiToken;
    expect(secret.startsWith(apiToken.prefix)).toBe(true);
    expect(apiToken.lastUsedAt).toBeNull();

    expect((await app.gql(ME, {}, { token: secret })).data!.me.id).toBe(user.id);
    const listed = await app.gql(`{ apiTokens { id name lastUsedAt } }`, {}, { token: user.token });
    expect(listed.data!.apiTokens).toEqual([
      expect.objectContaining({ id: apiToken.id, name: 'Timetable sync' }),
    ]);
    expect(listed.data!.apiTokens[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(secret);

    await app.gql(
      `mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`,
      { id: apiToken.id },
      { token: user.token },
    );
    expect((await app.gql(ME, {}, { token: secret })).data!.me).toBeNull();

    const expiring = await app.gql(
      `mutation($at: DateTime) { createApiToken(name: "Short", expiresAt: $at) { secret apiToken { id } } }`,
      { at: new Date(Date.now() + 60_000).toISOString() },
      { token: user.token },
    );
    const short = expiring.data!.createApiToken;
    expect((await app.gql(ME, {}, { token: short.secret })).data!.me.id).toBe(user.id);
    await app.db.query(
      `UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [short.apiToken.id],
    );
    expect((await app.gql(ME, {}, { token: short.secret })).data!.me).toBeNull();
  });

  it("does not let one user revoke another's API token", async () => {
    const owner = await app.seed.user();
    const other = await app.seed.user();
    const created = await app.gql(
      `mutation { createApiToken(name: "Mine") { apiToken { id } } }`,
      {},
      { token: owner.token },
    );
    const id = created.data!.createApiToken.apiToken.id;
    const attempt = await app.gql(
      `mutation($id: ID!) { revokeApiToken(id: $id) { id } }`,
      { id },
      { token: other.token },
    );
    expect(codes(attempt)).toEqual(['NOT_FOUND']);
  });
});
