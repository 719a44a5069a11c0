import type { Connect, Plugin } from 'vite';
import { JOIN_APP_PATHS, matchPath } from '../src/app/pages';

/**
 * Two HTML pages, one per app: join.html for JOIN_APP_PATHS, index.html for the rest. The build
 * writes the mapping to dist/pages.json for the server; the dev and preview servers apply it here.
 */
export function pages(): Plugin {
  const route: Connect.NextHandleFunction = (req, _res, next) => {
    const [pathname, search = ''] = (req.url ?? '/').split('?');
    if (
      req.headers.accept?.includes('text/html') &&
      JOIN_APP_PATHS.some((pattern) => matchPath(pattern, pathname!))
    ) {
      req.url = `/join.html${search ? `?${search}` : ''}`;
    }
    next();
  };
  return {
    name: 'school-invites:pages',
    configureServer: (server) => void server.middlewares.use(route),
    configurePreviewServer: (server) => void server.middlewares.use(route),
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'pages.json',
        source: `${JSON.stringify({ pages: [{ file: 'join.html', paths: JOIN_APP_PATHS }], fallback: 'index.html' }, null, 2)}\n`,
      });
    },
  };
}
