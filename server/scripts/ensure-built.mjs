// Builds whatever `pnpm start` needs that is missing or older than its sources, so a fresh
// clone starts with `pnpm install && pnpm start` and a warm restart skips the build.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

const parts = [
  { name: 'shared', output: 'shared/dist/cjs/index.js', sources: ['shared/src'] },
  {
    name: 'web',
    output: 'web/dist/index.html',
    sources: [
      'web/src',
      'web/index.html',
      'web/join.html',
      'web/vite.config.ts',
      'web/vite-plugins',
      'shared/src',
    ],
  },
  { name: 'server', output: 'server/dist/main.js', sources: ['server/src', 'shared/src'] },
];

const stale = parts.filter(({ output, sources }) => {
  const built = path.join(root, output);
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return sources.some((source) => {
    const full = path.join(root, source);
    if (!existsSync(full)) return false;
    return (statSync(full).isDirectory() ? newest(full) : statSync(full).mtimeMs) > builtAt;
  });
});

if (stale.length > 0) {
  console.log(`Building ${stale.map((part) => part.name).join(', ')}…`);
  for (const part of parts) {
    if (
      stale.includes(part) ||
      (part.name !== 'shared' && stale.some((s) => s.name === 'shared'))
    ) {
      execSync(`pnpm --filter @school-invites/${part.name} run build`, {
        cwd: root,
        stdio: 'inherit',
      });
    }
  }
}
