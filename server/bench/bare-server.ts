import 'reflect-metadata';
import http from 'node:http';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/database/data-source';
import { decodeCursor } from '../src/graphql/pagination';
import { requestScope } from '../src/graphql/context';
import { createLogger } from '../src/logger';
import { createServices } from '../src/services';

/**
 * Bench-only: the product's own services behind a bare node:http endpoint, without Express,
 * Apollo or GraphQL, so the ladder shows what the GraphQL layer costs on top of the same SQL.
 */
async function main() {
  const config = loadConfig();
  const db = createDataSource({
    url: config.databaseUrl!,
    poolSize: config.databasePoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
    poolAcquireTimeoutMs: config.poolAcquireTimeoutMs,
  });
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
        const { loaders, access } = requestScope(services, viewer);
        let result: unknown;
        if (req.url === '/list') {
          const school = await services.schools.get(access, loaders, input.schoolId);
          const page = await services.invitations.list(
            access,
            school.id,
            async () => school.invitationCount,
            {
              ...input,
              after: decodeCursor('i', input.after),
            },
          );
          result = {
            edges: page.rows.map((row) => ({
              id: row.id,
              code: row.code,
              status: row.status,
              creator: row.creator.name,
            })),
          };
        } else if (req.url === '/redeem') {
          result = await services.redemptions.redeem(
            access,
            req.socket.remoteAddress ?? 'bench',
            input,
          );
        } else if (req.url === '/create') {
          const row = await services.invitations.create(access, input);
          result = { id: row.id, code: row.code };
        } else if (req.url === '/groups') {
          const school = await services.schools.get(access, loaders, input.schoolId);
          const page = await services.groups.list(access, school.id, {
            first: input.first,
            after: null,
            search: input.search ?? null,
          });
          const ids = page.rows.map((row) => row.id);
          const [counts, leaders] = await Promise.all([
            loaders.groupMemberCount.loadMany(ids),
            loaders.groupLeaders.loadMany(ids),
          ]);
          const names = await loaders.user.loadMany([
            ...new Set(
              leaders.flatMap((l) => (Array.isArray(l) ? l.map((leader) => leader.user_id) : [])),
            ),
          ]);
          result = {
            totalCount: page.totalCount,
            edges: page.rows.map((row, i) => ({
              id: row.id,
              name: row.name,
              memberCount: counts[i],
              leaders: names.length,
            })),
          };
        } else if (req.url === '/batch') {
          const rows = await services.invitationBatches.create(access, input);
          result = rows.map((row) => ({ id: row.id, code: row.code }));
        } else if (req.url === '/revoke') {
          const row = await services.invitations.revoke(access, loaders, input.id);
          result = { id: row.id, status: row.status };
        } else {
          res.writeHead(404).end();
          return;
        }
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ data: result }));
      } catch (error) {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ errors: [{ message: String((error as Error).message) }] }));
      }
    });
  });
  server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
  // Exiting (rather than dying of the signal) lets --cpu-prof write its profile.
  process.on('SIGTERM', () => process.exit(0));
}

void main();
