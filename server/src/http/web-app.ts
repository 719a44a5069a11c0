import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Express } from 'express';
import expressStaticGzip from 'express-static-gzip';

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>school-invites</title>
<p>The web app has not been built. Run <code>pnpm build</code> (or <code>pnpm start</code>, which builds it).</p>
<p>The API is at <a href="/graphql">/graphql</a>.</p>`;

/** dist/pages.json, written by the web build: which HTML page serves which paths (`:name` is one segment). */
interface PagesFile {
  pages: { file: string; paths: string[] }[];
  fallback: string;
}

function pathPattern(pattern: string): RegExp {
  const source = pattern
    .split('/')
    .map((segment) =>
      segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${source}/?$`);
}

/** The HTML page for a path: the web build's own choice when it wrote one, else index.html. */
function pagePicker(distDir: string): (pathname: string) => string {
  const file = path.join(distDir, 'pages.json');
  if (!existsSync(file)) return () => path.join(distDir, 'index.html');
  const { pages, fallback } = JSON.parse(readFileSync(file, 'utf8')) as PagesFile;
  const routes = pages.flatMap((page) =>
    page.paths.map((pattern) => ({
      pattern: pathPattern(pattern),
      file: path.join(distDir, page.file),
    })),
  );
  return (pathname) =>
    routes.find((route) => route.pattern.test(pathname))?.file ?? path.join(distDir, fallback);
}

/**
 * Serves the built single-page apps. Fingerprinted assets are cached for a year as immutable and
 * sent as the build precompressed them (brotli, else gzip, per Accept-Encoding, with
 * `Vary: Accept-Encoding`); HTML is never cached, and every other GET that wants HTML is answered
 * with the page the web build assigns to its path (join.html for /invite/<token>, /join and
 * /sign-in; index.html for the rest), so deep links load the app.
 *
 * Only what is mounted here is compressed: /graphql is mounted before, and its answers stay
 * uncompressed (they are small, and compressing each one would cost CPU on the API's hot path; a
 * TLS proxy in front may compress them).
 */
export function mountWebApp(app: Express, distDir: string | null): void {
  const index = distDir ? path.join(distDir, 'index.html') : null;
  const built = Boolean(distDir && index && existsSync(index));
  const pageFor = built ? pagePicker(distDir!) : null;
  app.use(compression());
  if (built) {
    app.use(
      '/assets',
      expressStaticGzip(path.join(distDir!, 'assets'), {
        enableBrotli: true,
        orderPreference: ['br', 'gz'],
        index: false,
        serveStatic: { immutable: true, maxAge: '365d', index: false, fallthrough: false },
      }),
    );
    app.use(
      express.static(distDir!, {
        index: false,
        maxAge: '1h',
        setHeaders: (res, file) => {
          if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
        },
      }),
    );
  }
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.accepts('html')) return next();
    res.set('Cache-Control', 'no-cache');
    if (pageFor && existsSync(index!)) return res.sendFile(pageFor(req.path));
    res.status(200).type('html').send(NOT_BUILT);
  });
}
