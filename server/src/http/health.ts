import type { RequestHandler } from 'express';
import { Pool } from 'pg';
import type { Logger } from '../logger';

/**
 * /healthz answers from its own tiny pool, so it still tells the truth when the main pool is
 * exhausted by slow requests: 200 when PostgreSQL answers within a second, 503 otherwise.
 */
export function createHealthCheck(databaseUrl: string, logger: Logger) {
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
      res.status(200).json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database is not answering' });
    }
  };
  return { handler, close: () => pool.end() };
}
