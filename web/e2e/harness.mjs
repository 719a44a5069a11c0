// Starts the product as a newcomer would (`pnpm start`, on a temporary DATA_DIR with its own
// embedded PostgreSQL) and drives Debian's Chromium through playwright-core.
import { deepEqual } from 'node:assert/strict';
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
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      PUBLIC_URL: base,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pnpm start exited:\n${output}`);
    const ok = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  return {
    base,
    browser,
    /** The product's DATA_DIR: mail written without SMTP lands in its mail/ folder. */
    dataDir,
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
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
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

/** Every accessibility problem axe finds on the page, of any impact. */
export async function axeProblems(page) {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ') + ' ' + (n.any[0]?.message ?? '')).join(' | ')})`,
  );
}

/**
 * What sticks out or is cut off on the page as it is shown: the page wider than the window, any
 * button, card, badge, heading or dialog reaching past the window or past the box it sits in,
 * and any element whose content is wider than itself (a label clipped by `overflow: hidden`, an
 * ellipsis, or a box that scrolls sideways). Visually hidden text and form fields (whose values
 * scroll by design) are left out.
 */
export function overflowProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const width = document.documentElement.clientWidth;
    const describe = (el) => {
      const text = (el.getAttribute('aria-label') || el.textContent || '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 50);
      const testId = el.closest('[data-testid]')?.getAttribute('data-testid');
      return `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className.split(' ').find((c) => c.startsWith('mantine-')) ?? el.className.split(' ')[0]}"` : ''}> "${text}"${testId ? ` in [${testId}]` : ''}`;
    };
    const shown = (el) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return (
        box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && style.display !== 'none'
      );
    };
    if (document.documentElement.scrollWidth > width + 1)
      problems.push(
        `the page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`,
      );
    const blocks =
      'button, a[class*="Button"], a.button, [class*="Badge-root"], .badge, [class*="Card-root"], [class*="Paper-root"], .card, [role="dialog"], h1, h2, h3, [data-testid]';
    for (const el of document.querySelectorAll(blocks)) {
      if (!shown(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.left < -1 || box.right > width + 1)
        problems.push(
          `${describe(el)} reaches past the window (${Math.round(box.left)}–${Math.round(box.right)} of ${width}px)`,
        );
      const parent = el.parentElement;
      if (parent && shown(parent) && getComputedStyle(el).position !== 'fixed') {
        const outer = parent.getBoundingClientRect();
        if (box.left < outer.left - 1 || box.right > outer.right + 1)
          problems.push(
            `${describe(el)} is wider than the box it sits in (${Math.round(box.width)}px in ${Math.round(outer.width)}px)`,
          );
      }
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (
        !(el instanceof HTMLElement) ||
        el.matches('input, textarea, select, .visually-hidden, [class*="VisuallyHidden"]') ||
        !shown(el)
      )
        continue;
      if (el.closest('svg')) continue;
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
        const style = getComputedStyle(el);
        if (style.overflowX !== 'visible')
          problems.push(
            `${describe(el)} cuts off its content (${el.scrollWidth}px of content in ${el.clientWidth}px, overflow ${style.overflowX})`,
          );
      }
    }
    return [...new Set(problems)];
  });
}

/**
 * Bytes of JS and CSS a first visit to `url` downloads (as encoded on the wire), with each file
 * and its Content-Encoding. A fresh context has an empty cache.
 */
export async function firstVisit(
  browser,
  url,
  { viewport = { width: 390, height: 844 }, ready, cookies = [] } = {},
) {
  const context = await browser.newContext({ viewport });
  if (cookies.length) await context.addCookies(cookies);
  const page = await context.newPage();
  const measured = [];
  page.on('requestfinished', (request) => {
    const type = request.resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    measured.push(
      (async () => {
        const response = await request.response();
        return {
          url: new URL(request.url()).pathname,
          bytes: (await request.sizes()).responseBodySize,
          encoding: response ? await response.headerValue('content-encoding') : null,
        };
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (ready) await ready(page);
  const files = await Promise.all(measured);
  await context.close();
  return { bytes: files.reduce((sum, file) => sum + file.bytes, 0), files };
}

/** The widths every screen is checked at: a desktop and a phone. */
export const SIZES = [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
];

/** The page as laid out at each of SIZES: nothing sticks out, nothing an axe finds; a shot of each. */
export async function checkLayout(page, name) {
  for (const [size, viewport] of SIZES) {
    await page.setViewportSize(viewport);
    // Lists switch between a table and cards at phone width: two frames to lay out again.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await shot(page, `${name}-${size}`);
    deepEqual(await overflowProblems(page), [], `${name} at ${size}`);
    deepEqual(await axeProblems(page), [], `${name} at ${size}`);
  }
  await page.setViewportSize(SIZES[0][1]);
}

/** The product started, and its first owner (a session token) with a school called `name`. */
export async function productWithSchool(name = 'Riverside Primary') {
  const product = await startProduct();
  const owner = await newAccount(product.base, 'Olive Owner');
  const { createSchool: school } = await api(
    product.base,
    `mutation($n: String!) { createSchool(input: { name: $n }) { id slug } }`,
    { n: name },
    owner,
  );
  return { product, owner, school };
}

/** A page in a browser context of its own, signed in with `token` (or anonymous without one). */
export async function pageAs(product, token, viewport = SIZES[0][1]) {
  const context = await product.browser.newContext({ viewport });
  if (token) await context.addCookies([{ name: 'si_session', value: token, url: product.base }]);
  return { context, page: await context.newPage() };
}
