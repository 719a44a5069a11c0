// The size budget of each route: the JS and CSS a first visit downloads, compressed with brotli
// as the server sends it. Reads what the build says each page and lazy screen loads
// (dist/.vite/manifest.json) and fails when a route grows past its budget in bundle-budget.json.
// Run after `pnpm --filter @school-invites/web build`: `pnpm --filter @school-invites/web budget`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(web, 'dist');
const manifestFile = path.join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestFile)) {
  console.error('No build to measure: run `pnpm --filter @school-invites/web build` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const { routes } = JSON.parse(readFileSync(path.join(web, 'bundle-budget.json'), 'utf8'));

/** Every file `key` loads before it runs: its chunk, its static imports (recursively) and their CSS. */
function filesOf(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk)
    throw new Error(
      `${key} is not in the build manifest: update bundle-budget.json to the router's files.`,
    );
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) filesOf(imported, files);
  return files;
}

const sizes = new Map();
function sizeOf(file) {
  if (!sizes.has(file)) {
    const content = readFileSync(path.join(dist, file));
    sizes.set(file, {
      brotli: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        .length,
      gzip: gzipSync(content, { level: 9 }).length,
    });
  }
  return sizes.get(file);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
let over = 0;
const rows = routes.map(({ route, page, screen, budget }) => {
  const files = filesOf(page);
  if (screen) filesOf(screen, files);
  const brotli = [...files].reduce((sum, file) => sum + sizeOf(file).brotli, 0);
  const gzip = [...files].reduce((sum, file) => sum + sizeOf(file).gzip, 0);
  if (brotli > budget) over++;
  return {
    route,
    files: files.size,
    brotli: kB(brotli),
    gzip: kB(gzip),
    budget: kB(budget),
    ok: brotli <= budget ? 'yes' : 'OVER',
  };
});
console.table(rows);
if (over) {
  console.error(
    `${over} route(s) over budget. Load less on first visit (a lazy import, a lighter dependency), or raise the budget in web/bundle-budget.json with the reason in the commit.`,
  );
  process.exit(1);
}
console.log(`${routes.length} routes within budget (brotli, JS + CSS of a first visit).`);
