import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import cors from 'cors';
import express from 'express';
import type { DataSource } from 'typeorm';
import { tokenOf } from '../auth/session-cookie';
import type { Config } from '../config';
import type { ReadReplica } from '../database/read-replica';
import { createFormatError } from '../errors/format-error';
import type { Context } from '../graphql/context';
import { readYourWrites } from '../graphql/read-your-writes';
import { getSchema } from '../graphql/schema';
import { complexityLimit } from '../graphql/complexity';
import { rejectUnsafeVariables } from '../graphql/unsafe-input';
import { DEFAULT_LIMITS, validationRules } from '../graphql/validation-rules';
import type { Logger } from '../logger';
import { createServices, type Services } from '../services';
import { errorHandler } from './error-handler';
import { graphqlEndpoint } from './graphql-endpoint';
import { requestContext } from './request-context';
import { createHealthCheck, poolStatsOf } from './health';
import { invitationsCsv } from './invitations-csv';
import { requestLogger } from './request-logger';
import { securityHeaders } from './security-headers';
import { mountWebApp } from './web-app';

export interface AppOptions {
  config: Config;
  dataSource: DataSource;
  databaseUrl: string;
  logger: Logger;
  /** A streaming replica that serves lists and searches (DATABASE_READ_URL). */
  replica?: ReadReplica | null;
}

export interface App {
  httpServer: http.Server;
  services: Services;
  /** Stops accepting connections, lets in-flight requests finish, closes the health pool. */
  stop(): Promise<void>;
}

/** The GraphQL server with every limit and error rule; tests execute operations through the same one. */
export function createApolloServer(
  config: Pick<Config, 'introspection'>,
  logger: Logger,
  plugins: ApolloServerPlugin<Context>[] = [],
): ApolloServer<Context> {
  const schema = getSchema();
  return new ApolloServer<Context>({
    schema,
    parseOptions: { maxTokens: DEFAULT_LIMITS.maxTokens },
    formatError: createFormatError(logger),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !config.introspection,
    validationRules: validationRules(),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGINT/SIGTERM: it drains HTTP, then closes the pool and the database in order.
    // Apollo's own handlers (on whenever NODE_ENV is not "test") would race it and hang the stop.
    stopOnTerminationSignals: false,
    // Cache hints are not used (every answer depends on the viewer), and the cache-control
    // plugin Apollo installs by default wraps every field's resolver to compute them.
    plugins: [
      ...plugins,
      rejectUnsafeVariables(),
      complexityLimit(schema, DEFAULT_LIMITS.maxCost),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
    logger,
  });
}

export async function createApp({
  config,
  dataSource,
  databaseUrl,
  logger,
  replica = null,
}: AppOptions): Promise<App> {
  const app = express();
  let endpoint: ReturnType<typeof graphqlEndpoint> | null = null;
  const httpServer = http.createServer((req, res) => {
    if (endpoint?.serves(req)) endpoint.handle(req, res);
    else app(req, res);
  });
  const services = createServices(dataSource, config, logger, { replica });
  const health = createHealthCheck(databaseUrl, logger, poolStatsOf(dataSource));

  const apollo = createApolloServer(config, logger, [
    ApolloServerPluginDrainHttpServer({ httpServer }),
    ...(replica ? [readYourWrites(logger)] : []),
  ]);
  await apollo.start();
  const contextOf = requestContext(services, config.publicUrl);
  endpoint = graphqlEndpoint({ apollo, contextOf, config, logger });

  app.disable('x-powered-by');
  // A POST's answer is never revalidated, so hashing every GraphQL response for an ETag is wasted;
  // the SPA's files get theirs from the static handler.
  app.set('etag', false);
  app.use(requestLogger(logger));
  app.use(securityHeaders());
  app.get('/healthz', health.handler);

  app.use(
    '/graphql',
    cors({ origin: config.corsOrigins.length > 0 ? config.corsOrigins : false, credentials: true }),
    express.json({ limit: '64kb' }),
    expressMiddleware(apollo, { context: ({ req, res }) => contextOf(req, res) }),
  );

  app.get('/api/invitations.csv', invitationsCsv(services, logger, tokenOf));

  mountWebApp(app, config.webDistDir);
  app.use(errorHandler(logger));

  return {
    httpServer,
    services,
    async stop() {
      await apollo.stop();
      await services.emailLinks.settled();
      await health.close();
    },
  };
}
