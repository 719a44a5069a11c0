import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { createDataSource } from './data-source';
import { ReadReplica } from './read-replica';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

export const DEFAULT_DATABASE_NAME = 'school_invites';

export interface Database {
  dataSource: DataSource;
  url: string;
  /** Present when this process started its own PostgreSQL. */
  embedded: EmbeddedPostgres | null;
  /** Present when DATABASE_READ_URL names a streaming replica for lists and searches. */
  replica: ReadReplica | null;
  close(): Promise<void>;
}

/** Connects to `url`'s server and creates the database named in it when missing. */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0)
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/**
 * Creates the database named in `url` when missing and applies every pending migration, on a
 * connection of its own: for tools and tests that prepare a database before anything uses it.
 */
export async function migrateDatabase(url: string, statementTimeoutMs = 60_000): Promise<void> {
  await ensureDatabaseExists(url);
  const dataSource = createDataSource({
    url,
    poolSize: 1,
    statementTimeoutMs,
    poolAcquireTimeoutMs: 10_000,
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

export function withDatabaseName(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

/**
 * Opens the application database: the configured DATABASE_URL, or an embedded PostgreSQL kept in
 * DATA_DIR. Migrations run before anything else touches it.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  let embedded: EmbeddedPostgres | null = null;
  let url = config.databaseUrl;
  if (!url) {
    const pgdata = path.join(config.dataDir, 'postgres');
    logger.info({ pgdata }, 'starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({
      pgdata,
      log: (message) => logger.debug({ postgres: message }),
      announce: (message) => logger.info(message),
    });
    url = withDatabaseName(embedded.url, DEFAULT_DATABASE_NAME);
    await ensureDatabaseExists(url);
  }
  const dataSource = createDataSource({
    url,
    poolSize: config.databasePoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
    poolAcquireTimeoutMs: config.poolAcquireTimeoutMs,
    namedStatements: config.namedStatements,
  });
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0)
      logger.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  const replica = config.databaseReadUrl ? await openReplica(config, logger) : null;
  const embeddedRef = embedded;
  return {
    dataSource,
    url,
    embedded,
    replica,
    async close() {
      replica?.stop();
      if (replica?.dataSource.isInitialized) await replica.dataSource.destroy();
      if (dataSource.isInitialized) await dataSource.destroy();
      logger.info('pool closed');
      await embeddedRef?.stop();
      if (embeddedRef) logger.info('embedded PostgreSQL stopped');
    },
  };
}

/**
 * The replica's own pool (same size and limits as the primary's). A replica that is down at start
 * does not stop the server: reads stay on the primary until it answers.
 */
async function openReplica(config: Config, logger: Logger): Promise<ReadReplica> {
  const dataSource = createDataSource({
    url: config.databaseReadUrl!,
    poolSize: config.databasePoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
    poolAcquireTimeoutMs: config.poolAcquireTimeoutMs,
    namedStatements: config.namedStatements,
  });
  const replica = new ReadReplica(dataSource, logger);
  await replica.start();
  return replica;
}
