import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Layer, Results } from './report';

/**
 * Draws, from the committed runs with the PostGraphile peer (10k-peer, 100k-peer, 1m-peer), p95
 * latency at 16 clients against table size for every rung of every read scenario, one panel per
 * scenario: the lines should stay flat, and ours should sit with the lowest.
 */
const RESULTS = path.resolve(__dirname, '..', '..', '..', 'bench', 'results');
const SIZES = ['10k', '100k', '1m'];
const runs = SIZES.filter((size) => existsSync(path.join(RESULTS, `${size}-peer.json`))).map(
  (size) => ({
    size,
    results: (
      JSON.parse(readFileSync(path.join(RESULTS, `${size}-peer.json`), 'utf8')) as {
        results: Results;
      }
    ).results,
  }),
);
const RUNGS = [
  ['sql', 'SQL alone', '#868e96'],
  ['bare', 'bare node:http', '#2b8a3e'],
  ['postgraphile', 'PostGraphile with session', '#e8590c'],
  ['postgraphileBare', 'PostGraphile bare', '#f59f00'],
  ['graphql', 'GraphQL (ours)', '#1c7ed6'],
] as const;
// Reads only: the peer answers no writes, and every rung of a read is comparable.
const scenarios = Object.keys(runs.at(-1)?.results.ladder ?? {}).filter(
  (name) => runs.at(-1)!.results.ladder[name]!.postgraphile,
);

const PANEL = { w: 250, h: 190, left: 40, right: 12, top: 34, bottom: 30 };
const COLUMNS = 4;
const LEGEND = 40;
const W = COLUMNS * PANEL.w;
const H = LEGEND + Math.ceil(scenarios.length / COLUMNS) * PANEL.h;

const p95Of = (layer: Layer | null | undefined) => layer?.p95;

function panel(name: string, index: number): string {
  const ox = (index % COLUMNS) * PANEL.w;
  const oy = LEGEND + Math.floor(index / COLUMNS) * PANEL.h;
  const values = runs.flatMap((run) =>
    RUNGS.map(([key]) => p95Of(run.results.ladder[name]?.[key])).filter(
      (v): v is number => v !== undefined,
    ),
  );
  const max = Math.max(1, ...values) * 1.1;
  const x = (i: number) =>
    ox + PANEL.left + (i * (PANEL.w - PANEL.left - PANEL.right)) / Math.max(1, runs.length - 1);
  const y = (v: number) =>
    oy + PANEL.h - PANEL.bottom - (v / max) * (PANEL.h - PANEL.top - PANEL.bottom);
  const lines = RUNGS.map(([key, , color]) => {
    const points = runs
      .map((run, i) => [i, p95Of(run.results.ladder[name]?.[key])] as const)
      .filter((point): point is readonly [number, number] => point[1] !== undefined)
      .map(([i, v]) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    return points.length
      ? `<polyline fill="none" stroke="${color}" stroke-width="2" points="${points.join(' ')}"/>`
      : '';
  });
  const ticks = [0, max / 2, max].map(
    (v) =>
      `<text x="${ox + PANEL.left - 4}" y="${y(v) + 4}" font-size="10" text-anchor="end">${v.toFixed(v < 10 ? 1 : 0)}</text>` +
      `<line x1="${ox + PANEL.left}" x2="${ox + PANEL.w - PANEL.right}" y1="${y(v)}" y2="${y(v)}" stroke="#e9ecef"/>`,
  );
  const labels = runs.map(
    (run, i) =>
      `<text x="${x(i)}" y="${oy + PANEL.h - PANEL.bottom + 14}" font-size="10" text-anchor="middle">${run.size}</text>`,
  );
  // A panel is 250 px wide: a long name loses its parenthesis first, then its end.
  const short = name.length > 30 ? name.replace(/\s*\(.*\)$/, '') : name;
  const title = short.length > 30 ? `${short.slice(0, 29)}…` : short;
  return [
    `<text x="${ox + PANEL.left}" y="${oy + 20}" font-size="12" font-weight="bold">${title}</text>`,
    ...ticks,
    ...labels,
    ...lines,
  ].join('\n  ');
}

const legend = RUNGS.map(
  ([, label, color], i) =>
    `<rect x="${10 + i * 190}" y="22" width="14" height="4" fill="${color}"/><text x="${30 + i * 190}" y="28" font-size="12">${label}</text>`,
);
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif">
  <rect width="100%" height="100%" fill="white"/>
  <text x="10" y="14" font-size="13" font-weight="bold">p95 latency (ms) at 16 clients by table size, every rung (invitations in the table)</text>
  ${legend.join('\n  ')}
  ${scenarios.map(panel).join('\n  ')}
</svg>
`;
writeFileSync(path.join(RESULTS, 'p95-by-size.svg'), svg);
console.log(`wrote p95-by-size.svg from ${runs.map((run) => `${run.size}-peer`).join(', ')}`);
