import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createDataSource } from '../../src/database/data-source';
import { createApp, type App } from '../../src/http/app';
import { createLogger } from '../../src/logger';
import { createTestDatabase, testConfig } from '../harness';

const APP_JS = `export const rows = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ id: i, label: `row ${i}` })))};\n`;

/** A GET over node:http, which (unlike fetch) leaves the body as the server encoded it. */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ headers: response.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

describe('HTTP server', () => {
  let app: App;
  let base: string;
  let drop: () => Promise<void>;
  const db = { source: null as ReturnType<typeof createDataSource> | null };

  beforeAll(async () => {
    const web = mkdtempSync(path.join(os.tmpdir(), 'si-web-'));
    mkdirSync(path.join(web, 'assets'));
    writeFileSync(
      path.join(web, 'index.html'),
      '<!doctype html><title>school-invites</title><div id="root"></div>',
    );
    writeFileSync(
      path.join(web, 'join.html'),
      '<!doctype html><title>join</title><meta name="page" content="join"><div id="root"></div>',
    );
    writeFileSync(
      path.join(web, 'pages.json'),
      JSON.stringify({
        pages: [{ file: 'join.html', paths: ['/invite/:token', '/join', '/sign-in'] }],
        fallback: 'index.html',
      }),
    );
    writeFileSync(path.join(web, 'assets', 'app-abc123.js'), APP_JS);
    // As the web build leaves them: a brotli and a gzip copy beside each asset.
    writeFileSync(path.join(web, 'assets', 'app-abc123.js.br'), brotliCompressSync(APP_JS));
    writeFileSync(path.join(web, 'assets', 'app-abc123.js.gz'), gzipSync(APP_JS));
    writeFileSync(path.join(web, 'notes.txt'), 'plain text that no build compressed. '.repeat(100));
    const database = await createTestDatabase();
    drop = database.drop;
    db.source = createDataSource({
      url: database.url,
      poolSize: 5,
      statementTimeoutMs: 5000,
      poolAcquireTimeoutMs: 5000,
    });
    await db.source.initialize();
    app = await createApp({
      config: testConfig({ webDistDir: web }),
      dataSource: db.source,
      databaseUrl: database.url,
      logger: createLogger('silent'),
    });
    await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app.stop();
    await db.source?.destroy();
    await drop();
  });

  it('answers /healthz with 200 when the database answers', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; pool: { waiting: number } };
    expect(body.status).toBe('ok');
    // The main pool's occupancy, which shows requests queueing for a connection.
    expect(body.pool).toEqual({ size: expect.any(Number), idle: expect.any(Number), waiting: 0 });
  });

  it('serves GraphQL at /graphql and refuses array batching', async () => {
    const post = (body: unknown) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const ok = await post({ query: '{ me { id } }' });
    expect(await ok.json()).toEqual({ data: { me: null } });
    const batch = await post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(batch.status).toBe(400);
  });

  it('answers GraphQL alike whether Express or the direct endpoint serves it', async () => {
    const ask = (contentType: string) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
    // Plain JSON takes the direct path; a charset parameter other than UTF-8's goes to Express.
    const direct = await ask('application/json');
    const viaExpress = await ask('application/json; charset=utf-16');
    const headersOf = (response: Response) =>
      [...response.headers.keys()].filter((name) => !['date', 'content-length'].includes(name));
    expect(direct.status).toBe(200);
    expect(headersOf(direct)).toEqual(headersOf(viaExpress));
    for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy'])
      expect(direct.headers.get(name)).toBe(viaExpress.headers.get(name));
    expect(direct.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await direct.json()).toEqual({ data: { me: null } });
  });

  it('sets an httpOnly SameSite=Lax session cookie on sign-up, which then authenticates', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { signUp(input: { name: "Cookie", email: "cookie@example.org", password: "cookie-monster" }) { user { id } } }',
      }),
    });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/si_session=sis_/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=2592000/);
    const me = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0]! },
      body: JSON.stringify({ query: '{ me { name } }' }),
    });
    expect(await me.json()).toEqual({ data: { me: { name: 'Cookie' } } });
  });

  it('refuses cross-site request forgery and other origins by default', async () => {
    const simple = await fetch(`${base}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(simple.status).toBe(400);
    const textPlain = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ me { id } }"}',
    });
    expect(textPlain.status).toBe(400);
    const preflight = await fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a request body over 64 kB', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(70_000) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'The request is too large: send at most 64 kB.',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    const broken = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(broken.status).toBe(400);
    expect(await broken.text()).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('answers 400 over HTTP for variables of the wrong type, missing or nested thousands deep', async () => {
    const query = JSON.stringify(
      'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { id } }',
    );
    const post = (variables: string) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"query":${query},"variables":${variables}}`,
      });
    // Written out, since JSON.stringify itself cannot nest this deep.
    const deep = `{"i":${'['.repeat(5000)}"x"${']'.repeat(5000)}}`;
    for (const variables of [
      {},
      { i: null },
      { i: { schoolId: { an: 'object' } } },
      { i: { schoolId: 'a', label: 5 } },
      { i: { schoolId: 'a', maxUses: '7' } },
      { i: { schoolId: 'a', maxUses: 1099511627776 } },
    ]
      .map((v) => JSON.stringify(v))
      .concat(deep)) {
      const response = await post(variables);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect({ status: response.status, codes: body.errors.map((e) => e.extensions.code) }).toEqual(
        {
          status: 400,
          codes: body.errors.map(() => 'BAD_USER_INPUT'),
        },
      );
    }
  });

  it('caps every statement with statement_timeout', async () => {
    const [{ statement_timeout }] = await db.source!.query('SHOW statement_timeout');
    expect(statement_timeout).toBe('5s');
  });

  it('serves the SPA with history fallback for deep links, long-cached assets and a strict CSP', async () => {
    for (const deepLink of ['/', '/invite/abc123', '/join', '/schools/x/settings/invites']) {
      const page = await fetch(`${base}${deepLink}`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
    const asset = await fetch(`${base}/assets/app-abc123.js`);
    expect(asset.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it('answers the join pages with join.html and every other deep link with index.html, never cached', async () => {
    for (const [deepLink, page] of [
      ['/invite/abc123', 'join'],
      ['/join', 'join'],
      ['/join/', 'join'],
      ['/sign-in', 'join'],
      ['/', 'index'],
      ['/invite', 'index'],
      ['/invite/abc/extra', 'index'],
      ['/schools/x/settings/invites', 'index'],
    ]) {
      const response = await fetch(`${base}${deepLink}`, { headers: { accept: 'text/html' } });
      expect({
        deepLink,
        page: (await response.text()).includes('content="join"') ? 'join' : 'index',
      }).toEqual({ deepLink, page });
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
    expect((await fetch(`${base}/index.html`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('sends assets as the build precompressed them: brotli, else gzip, else as they are', async () => {
    const url = `${base}/assets/app-abc123.js`;
    const brotli = await rawGet(url, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.headers['cache-control']).toMatch(/max-age=31536000.*immutable/);
    expect(brotliDecompressSync(brotli.body).toString()).toBe(APP_JS);
    expect(brotli.body.length).toBeLessThan(APP_JS.length / 4);

    const gzip = await rawGet(url, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(gzip.body).toString()).toBe(APP_JS);

    const identity = await rawGet(url, { 'accept-encoding': 'identity' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.toString()).toBe(APP_JS);
  });

  it('compresses other files of the web app on the fly, and leaves GraphQL answers uncompressed', async () => {
    const text = await rawGet(`${base}/notes.txt`, { 'accept-encoding': 'br, gzip' });
    expect(text.headers['content-encoding']).toBe('br');
    expect(text.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(text.body).toString()).toMatch(
      /^plain text that no build compressed/,
    );

    const introspection = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
      body: JSON.stringify({ query: '{ __schema { types { name fields { name } } } }' }),
    });
    expect((await introspection.text()).length).toBeGreaterThan(2000);
    expect(introspection.headers.get('content-encoding')).toBeNull();
  });
});
