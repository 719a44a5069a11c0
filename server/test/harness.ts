import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { loadConfig, type Config } from '../src/config';
import { createDataSource } from '../src/database/data-source';
import { withDatabaseName } from '../src/database/database';
import { createContext, type Context } from '../src/graphql/context';
import { createApolloServer } from '../src/http/app';
import { createLogger } from '../src/logger';
import { createServices, type Services } from '../src/services';
import { adminQuery } from './postgres-server';
import { Seed } from './seed';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface GqlOptions {
  /** A session or API token, as a client would send in `Authorization: Bearer`. */
  token?: string | null;
  ip?: string;
}

/** Counts the SQL statements the application sends, to prove a page does not grow them (no N+1). */
export class StatementCounter implements TypeOrmLogger {
  count = 0;
  statements: string[] = [];
  logQuery(query: string) {
    this.count++;
    this.statements.push(query);
  }
  reset() {
    this.count = 0;
    this.statements = [];
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

export interface TestApp {
  db: DataSource;
  url: string;
  config: Config;
  services: Services;
  statements: StatementCounter;
  seed: Seed;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlOptions,
  ): Promise<GqlResult<T>>;
  /** A client acting as `who` (a seeded user or school owner; null for nobody signed in). */
  as(who: { token: string } | null, options?: Omit<GqlOptions, 'token'>): TestClient;
  /** The same, with the HTTP status the endpoint would answer (200 unless the pipeline set one). */
  gqlHttp(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlOptions,
  ): Promise<{ status: number; result: GqlResult }>;
}

export interface TestClient {
  query<T = Record<string, any>>(
    document: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResult<T>>;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ LOG_LEVEL: 'silent', PUBLIC_URL: 'http://school.test' }),
    // Mail without SMTP is written here, never into the working tree.
    dataDir: path.join(os.tmpdir(), 'si-test-data'),
    ...overrides,
  };
}

/** A fresh database of this test file's own, cloned from the migrated template. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_PG_ADMIN_URL;
  const template = process.env.TEST_PG_TEMPLATE;
  if (!adminUrl || !template)
    throw new Error('run server tests through jest: its global setup starts PostgreSQL');
  const name = `si_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  return {
    url: withDatabaseName(adminUrl, name),
    drop: () =>
      adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined),
  };
}

/**
 * Registers beforeAll/afterAll that give the test file a real database, the real schema and
 * services, and an execute() helper that runs operations exactly as the HTTP endpoint does.
 */
export function useTestApp(
  overrides: Partial<Config> = {},
  options: { logLines?: string[] } = {},
): TestApp {
  const app = {} as TestApp;
  let drop: () => Promise<void>;
  let apollo: ApolloServer<Context>;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    app.config = testConfig(overrides);
    app.url = database.url;
    app.statements = new StatementCounter();
    app.db = createDataSource({
      url: database.url,
      poolSize: 20,
      statementTimeoutMs: 30_000,
      poolAcquireTimeoutMs: 20_000,
      queryLogger: app.statements,
    });
    await app.db.initialize();
    // Every line the server would log, when the test reads them.
    const logLines = options.logLines;
    const logger = logLines
      ? createLogger('trace', { write: (line: string) => void logLines.push(line) })
      : createLogger('silent');
    app.services = createServices(app.db, app.config, logger);
    apollo = createApolloServer(app.config, logger);
    await apollo.start();
    app.seed = new Seed(app.db, app.services);
    app.gqlHttp = async (query, variables, options = {}) => {
      const viewer = options.token ? await app.services.auth.authenticate(options.token) : null;
      const contextValue = createContext(app.services, viewer, {
        ip: options.ip ?? '192.0.2.1',
        sessionCookie: { set: () => undefined, clear: () => undefined },
      });
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used');
      return {
        status: response.http.status ?? 200,
        result: response.body.singleResult as GqlResult,
      };
    };
    app.gql = async (query, variables, options) =>
      (await app.gqlHttp(query, variables, options)).result as GqlResult<any>;
    app.as = (who, options = {}) => ({
      query: (document, variables) =>
        app.gql(document, variables, { ...options, token: who?.token ?? null }),
    });
  });

  afterAll(async () => {
    await apollo?.stop();
    await app.services?.emailLinks.settled();
    if (app.db?.isInitialized) await app.db.destroy();
    await drop?.();
  });

  return app;
}

/** The error codes of a result, in order; [] when it succeeded. */
export function codes(result: GqlResult): string[] {
  return (result.errors ?? []).map((error) => String(error.extensions?.code));
}
