// PostGraphile 5.1 is built for Node 22; on Node 20 all it lacks is Promise.withResolvers, which
// it calls only while serving, so defining it here, before anything is served, is early enough.
const promises = Promise as PromiseConstructor & { withResolvers?: () => unknown };
promises.withResolvers ??= function withResolvers<T>() {
  let resolve!: (value: T | PromiseLike<T>) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
};

import { createHash } from 'node:crypto';
import http from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PEER_SCHEMAS, TOKEN_HASH_SETTING, type PeerVariant } from './postgraphile-peer-schema';

/**
 * Bench-only: PostGraphile 5 serving the same invitation pages as the product, as a peer on the
 * ladder. PEER_VARIANT=session looks the request's session up and checks the viewer's role the
 * PostGraphile way: the context callback hands PostgreSQL the hash of the bearer token as a
 * pgSetting, and the view and the function it exposes check it in SQL. PEER_VARIANT=bare exposes
 * the same without the check. Both use a pool as large as the product's.
 */
async function main() {
  const variant = process.env.PEER_VARIANT as PeerVariant;
  const preset: GraphileConfig.Preset = {
    extends: [PostGraphileAmberPreset],
    pgServices: [
      makePgService({
        connectionString: process.env.DATABASE_URL,
        schemas: [PEER_SCHEMAS[variant]],
        poolConfig: { max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
        pubsub: false,
      }),
    ],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
    grafast: {
      explain: false,
      context: (requestContext) => {
        if (variant !== 'session') return {};
        const token = /^Bearer (.+)$/.exec(
          requestContext.node?.req.headers.authorization ?? '',
        )?.[1];
        if (!token) return {};
        return {
          pgSettings: {
            [TOKEN_HASH_SETTING]: createHash('sha256').update(token).digest('hex'),
          },
        };
      },
    },
  };
  const serv = postgraphile(preset).createServ(grafserv);
  const server = http.createServer();
  await serv.addTo(server, false);
  await serv.ready();
  server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
  // Exiting (rather than dying of the signal) lets --cpu-prof write its profile.
  process.on('SIGTERM', () => process.exit(0));
}

void main();
