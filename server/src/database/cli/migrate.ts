import 'reflect-metadata';
import { loadConfig } from '../../config';
import { createLogger } from '../../logger';
import { openDatabase } from '../database';

/** `pnpm db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database) and exits. */
async function migrate() {
  const config = loadConfig();
  const database = await openDatabase(config, createLogger(config.logLevel));
  const pending = await database.dataSource.showMigrations();
  console.log(pending ? 'migrations still pending' : 'database is up to date');
  await database.close();
}

migrate().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
