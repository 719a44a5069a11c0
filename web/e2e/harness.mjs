// Starts the product as a newcomer would (`pnpm start`, on a temporary DATA_DIR with its own
// embedded PostgreSQL) and drives Debian's Chromium through playwright-core.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, chmodSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '..', '..');
export const ARTIFACTS = path.join(here, 'artifacts');

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startProduct() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'si-e2e-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const base = `http://localhost:${port}`;
  let output = '';
  const child = spawn('pnpm', ['start'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), PUBLIC_URL: base, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pnpm start exited:\n${output}`);
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  return {
    base,
    browser,
    output: () => output,
    async stop() {
      await browser.close();
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
      await new Promise((r) => (child.exitCode !== null ? r() : child.on('exit', r)));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function shot(page, name) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Calls the API as an integrator would; returns data or throws with the errors. */
export async function api(base, query, variables = {}, token) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

let people = 0;
/** A new account; returns its token. */
export async function newAccount(base, name) {
  people++;
  const data = await api(base, `mutation($i: SignUpInput!) { signUp(input: $i) { token } }`, {
    i: { name, email: `person-${people}-${Date.now()}@example.org`, password: 'e2e-password-123' },
  });
  return data.signUp.token;
}

/** Serious and critical accessibility problems axe finds on the page. */
export async function axeProblems(page) {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ') + ' ' + (n.any[0]?.message ?? '')).join(' | ')})`);
}
