/**
 * The paths the join app serves (web/join.html): the pages people reach from an invitation or an
 * emailed link (confirming an address, choosing a new password: both open on phones), kept
 * free of the admin app's component library and GraphQL client so a phone loads them fast. Every
 * other path is the admin app (web/index.html). The build writes this list to dist/pages.json,
 * which the server and the dev server read to pick the page for a path.
 */
export const JOIN_APP_PATHS = [
  '/invite/:token',
  '/join',
  '/sign-in',
  '/verify-email',
  '/reset-password',
] as const;

/** The `:name` parameters of `pattern` in `path` (a trailing slash allowed), or null when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const names: string[] = [];
  const source = pattern.replace(/:(\w+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const match = new RegExp(`^${source}/?$`).exec(path);
  if (!match) return null;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
}
