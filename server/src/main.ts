import 'reflect-metadata';
import { once } from 'node:events';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './database/database';
import { createApp } from './http/app';
import { createLogger } from './logger';

const SHUTDOWN_GRACE_MS = 20_000;

/** Bootstrap only: config -> database -> schema -> http, and a graceful stop on SIGINT/SIGTERM. */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const started = Date.now();
  const database = await openDatabase(config, logger);
  const app = await createApp({
    config,
    dataSource: database.dataSource,
    databaseUrl: database.url,
    replica: database.replica,
    logger,
  });

  app.httpServer.listen(config.port, config.host);
  await once(app.httpServer, 'listening');
  const address = app.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ port, ms: Date.now() - started }, 'listening');
  if (app.services.mailer.mode === 'off')
    logger.warn(
      'mail is off (NODE_ENV=production and no SMTP_URL): email verification and password reset are unavailable',
    );
  else if (app.services.mailer.mode === 'files')
    logger.info(
      { folder: `${config.dataDir}/mail` },
      'no SMTP_URL: email messages are written as .eml files',
    );
  console.log(
    `school-invites is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port} (public URL ${config.publicUrl})`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    try {
      // Stop accepting, let in-flight requests finish, then close the pool and the database.
      await app.stop();
      logger.info('http stopped');
      await database.close();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('school-invites failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
