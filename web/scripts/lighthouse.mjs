// Lighthouse (mobile profile: a mid-range phone, simulated slow 4G) on the three pages that matter
// most: an invite link, /join, and School settings → Invites signed in as an administrator.
// Reports performance, accessibility and best-practices scores. Slow (about a minute a page), so
// not part of CI:
//
//   pnpm --filter @school-invites/web lighthouse            # starts the product on a fresh database
//   pnpm --filter @school-invites/web lighthouse --runs 3 --base http://localhost:4000
//
// Uses Debian's Chromium (CHROME_PATH, default /usr/bin/chromium). With --base it seeds an
// account, a school and an invitation through the API of the server already running there.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { api, newAccount, startProduct } from '../e2e/harness.mjs';

const { values } = parseArgs({
  options: { base: { type: 'string' }, runs: { type: 'string', default: '1' } },
  allowPositionals: true, // the `--` some package managers pass through
});
const runs = Math.max(1, Number(values.runs));
const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

function lighthouse(url, headers) {
  const args = [
    cli,
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking',
    ...(headers ? [`--extra-headers=${JSON.stringify(headers)}`] : []),
  ];
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' };
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      args,
      { env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error)
          return reject(new Error(`lighthouse failed on ${url}: ${stderr || error.message}`));
        const { categories, audits } = JSON.parse(stdout);
        resolve({
          scores: Object.fromEntries(
            CATEGORIES.map((id) => [id, Math.round(categories[id].score * 100)]),
          ),
          metrics: {
            FCP: audits['first-contentful-paint'].displayValue,
            LCP: audits['largest-contentful-paint'].displayValue,
            TBT: audits['total-blocking-time'].displayValue,
            CLS: audits['cumulative-layout-shift'].displayValue,
          },
          failed: Object.values(audits)
            .filter(
              (audit) =>
                audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary',
            )
            .map((audit) => audit.id),
        });
      },
    ),
  );
}

const product = values.base ? null : await startProduct();
const base = values.base ?? product.base;
try {
  const owner = await newAccount(base, 'Lighthouse Owner');
  const school = (
    await api(
      base,
      `mutation { createSchool(input: { name: "Lighthouse Primary" }) { id slug } }`,
      {},
      owner,
    )
  ).createSchool;
  const invitations = [];
  for (const label of ['Parents newsletter', 'Year 7 classroom', 'Staff room', 'Open day']) {
    const input = {
      schoolId: school.id,
      label,
      maxUses: 30,
      expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    };
    invitations.push(
      (
        await api(
          base,
          `mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { link } }`,
          { i: input },
          owner,
        )
      ).createInvitation,
    );
  }
  const pages = [
    ['invite page', invitations[0].link.replace(/^https?:\/\/[^/]+/, base)],
    ['join page', `${base}/join`],
    [
      'Invites screen',
      `${base}/schools/${school.slug}/settings/invites`,
      { Cookie: `si_session=${owner}` },
    ],
  ];
  const rows = [];
  for (const [name, url, headers] of pages) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await lighthouse(url, headers));
    // The run with the median performance score: performance varies from run to run.
    results.sort((a, b) => a.scores.performance - b.scores.performance);
    const median = results[Math.floor(results.length / 2)];
    rows.push({
      page: name,
      ...median.scores,
      ...median.metrics,
      'below 90': median.failed.join(' ') || '—',
    });
  }
  console.table(rows);
} finally {
  await product?.stop();
}
