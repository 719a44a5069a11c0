import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Draws p95 latency at half load against table size (10k, 100k, 1M) for every scenario, from the
 * committed results: the lines should stay flat.
 */
const RESULTS = path.resolve(__dirname, '..', '..', '..', 'bench', 'results');
const sizes = ['10k', '100k', '1m'].filter((size) =>
  existsSync(path.join(RESULTS, `${size}.json`)),
);
const runs = sizes.map((size) => ({
  size,
  ...JSON.parse(readFileSync(path.join(RESULTS, `${size}.json`), 'utf8')),
}));
const scenarios = Object.keys(runs[0]?.results?.ladder ?? {});

const W = 760;
const H = 420;
const M = { left: 60, right: 250, top: 30, bottom: 50 };
const maxP95 = Math.max(
  10,
  ...runs.flatMap((run) => scenarios.map((s) => run.results.ladder[s]?.latency?.['50%']?.p95 ?? 0)),
);
const x = (i: number) => M.left + (i * (W - M.left - M.right)) / Math.max(1, sizes.length - 1);
const y = (v: number) => H - M.bottom - (v / maxP95) * (H - M.top - M.bottom);
const COLORS = [
  '#1c7ed6',
  '#e8590c',
  '#2b8a3e',
  '#862e9c',
  '#c92a2a',
  '#5c940d',
  '#0b7285',
  '#495057',
];

const lines = scenarios.map((name, i) => {
  const points = runs
    .map((run, j) => `${x(j)},${y(run.results.ladder[name]?.latency?.['50%']?.p95 ?? 0)}`)
    .join(' ');
  return `<polyline fill="none" stroke="${COLORS[i % COLORS.length]}" stroke-width="2" points="${points}"/>
  <text x="${W - M.right + 10}" y="${M.top + 18 * i}" font-size="12" fill="${COLORS[i % COLORS.length]}">${name}</text>`;
});
const ticks = Array.from({ length: 5 }, (_, i) => (maxP95 * i) / 4).map(
  (v) =>
    `<text x="${M.left - 8}" y="${y(v) + 4}" font-size="11" text-anchor="end">${v.toFixed(0)}</text><line x1="${M.left}" x2="${W - M.right}" y1="${y(v)}" y2="${y(v)}" stroke="#dee2e6"/>`,
);
const labels = sizes.map(
  (size, i) =>
    `<text x="${x(i)}" y="${H - M.bottom + 20}" font-size="12" text-anchor="middle">${size} invitations</text>`,
);
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif">
  <rect width="100%" height="100%" fill="white"/>
  <text x="${M.left}" y="18" font-size="14" font-weight="bold">GraphQL p95 latency (ms) at half of the measured maximum load, by table size</text>
  ${ticks.join('\n  ')}
  ${labels.join('\n  ')}
  ${lines.join('\n  ')}
</svg>
`;
writeFileSync(path.join(RESULTS, 'p95-by-size.svg'), svg);
console.log(`wrote p95-by-size.svg from ${sizes.join(', ')}`);
