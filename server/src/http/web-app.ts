import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>school-invites</title>
<p>The web app has not been built. Run <code>pnpm build</code> (or <code>pnpm start</code>, which builds it).</p>
<p>The API is at <a href="/graphql">/graphql</a>.</p>`;

/**
 * Serves the built single-page app: fingerprinted assets cached for a year, index.html never
 * cached, and every other GET that wants HTML answered with index.html so deep links such as
 * /invite/<token> and /join load the app.
 */
export function mountWebApp(app: Express, distDir: string | null): void {
  const index = distDir ? path.join(distDir, 'index.html') : null;
  if (distDir && index && existsSync(index)) {
    app.use(
      '/assets',
      express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
    );
    app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  }
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.accepts('html')) return next();
    res.set('Cache-Control', 'no-cache');
    if (index && existsSync(index)) return res.sendFile(index);
    res.status(200).type('html').send(NOT_BUILT);
  });
}
