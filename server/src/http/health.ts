import type { RequestHandler } from 'express';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';

/** What an operator (or the benchmark's soak) watches to see requests queueing for a connection. */
export interface PoolStats {
  size: number;
  idle: number;
  waiting: number;
}

/**
 * /healthz answers from its own tiny pool, so it still tells the truth when the main pool is
 * exhausted by slow requests: 200 when PostgreSQL answers within a second, 503 otherwise. Both
 * answers carry the main pool's occupancy.
 */
export function createHealthCheck(databaseUrl: string, logger: Logger, mainPool: () => PoolStats) {
  const pool = new Pool({
    connectionString: databaseUrl,
    max: 2,
    connectionTimeoutMillis: 1000,
    query_timeout: 1000,
    idleTimeoutMillis: 10_000,
    application_name: 'school-invites-health',
  });
  // Without a listener an idle client's error (a database restart) would crash the process.
  pool.on('error', (error) => logger.warn({ err: error }, 'health check connection lost'));

  const handler: RequestHandler = async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    try {
      await pool.query('SELECT 1');
      res.status(200).json({ status: 'ok', pool: mainPool() });
    } catch {
      res
        .status(503)
        .json({ status: 'unavailable', reason: 'database is not answering', pool: mainPool() });
    }
  };
  return { handler, close: () => pool.end() };
}

/** The occupancy of a TypeORM data source's node-postgres pool. */
export function poolStatsOf(dataSource: DataSource): () => PoolStats {
  return () => {
    const pool = (dataSource.driver as unknown as { master?: Pool }).master;
    return {
      size: pool?.totalCount ?? 0,
      idle: pool?.idleCount ?? 0,
      waiting: pool?.waitingCount ?? 0,
    };
  };
}
