import 'reflect-metadata';
import http from 'node:http';
import { SchoolAccess } from '../src/auth/access';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/database/data-source';
import { createLoaders } from '../src/graphql/loaders';
import { createLogger } from '../src/logger';
import { createServices } from '../src/services';

/**
 * Bench-only: the product's own services behind a bare node:http endpoint, without Express,
 * Apollo or GraphQL, so the ladder shows what the GraphQL layer costs on top of the same SQL.
 */
async function main() {
  const config = loadConfig();
  const db = createDataSource({ url: config.databaseUrl!, poolSize: config.databasePoolSize, statementTimeoutMs: config.statementTimeoutMs, poolAcquireTimeoutMs: config.poolAcquireTimeoutMs });
  await db.initialize();
  const services = createServices(db, config, createLogger('silent'));

  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      try {
        const input = JSON.parse(body);
        const token = req.headers.authorization?.slice('Bearer '.length);
        const viewer = token ? await services.auth.authenticate(token) : null;
        const loaders = createLoaders(db, viewer);
        const access = new SchoolAccess(viewer, loaders);
        let result: unknown;
        if (req.url === '/list') {
          const school = await services.schools.get(access, input.schoolId, (id) => loaders.school.load(id));
          const page = await services.invitations.list(access, loaders, school.id, school.invitationCount, input);
          const creators = await Promise.all(page.edges.map((edge) => loaders.user.load(edge.node.createdById)));
          result = { edges: page.edges.map((edge, i) => ({ id: edge.node.id, code: edge.node.secretCode, status: edge.node.status, creator: creators[i]?.name })) };
        } else if (req.url === '/redeem') {
          result = await services.redemptions.redeem(access, req.socket.remoteAddress ?? 'bench', input);
        } else if (req.url === '/create') {
          const row = await services.invitations.create(access, input);
          result = { id: row.id, code: row.code };
        } else if (req.url === '/revoke') {
          const row = await services.invitations.revoke(access, loaders, input.id);
          result = { id: row.id, status: row.status };
        } else {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: result }));
      } catch (error) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String((error as Error).message) }] }));
      }
    });
  });
  server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
  // Exiting (rather than dying of the signal) lets --cpu-prof write its profile.
  process.on('SIGTERM', () => process.exit(0));
}

void main();
