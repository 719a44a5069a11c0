import { createTemplate, startTestPostgres, type TestPostgres } from './postgres-server';

declare global {
  var __TEST_POSTGRES__: TestPostgres | undefined;
}

/** Once per run: one PostgreSQL server and one migrated template database. */
export default async function globalSetup() {
  const postgres = await startTestPostgres();
  const template = `si_template_${process.pid}`;
  await createTemplate(postgres.adminUrl, template);
  globalThis.__TEST_POSTGRES__ = postgres;
  // Test workers are started after this and inherit these.
  process.env.TEST_PG_ADMIN_URL = postgres.adminUrl;
  process.env.TEST_PG_TEMPLATE = template;
  // The embedded server's own log, which tests search for values that must never reach it.
  if (postgres.embedded) process.env.TEST_PG_LOG = `${postgres.embedded.pgdata}/server.log`;
}
