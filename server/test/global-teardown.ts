import { adminQuery } from './postgres-server';

export default async function globalTeardown() {
  const postgres = globalThis.__TEST_POSTGRES__;
  if (!postgres) return;
  if (!postgres.embedded) {
    await adminQuery(postgres.adminUrl, `DROP DATABASE IF EXISTS ${process.env.TEST_PG_TEMPLATE}`);
  }
  await postgres.stop();
}
