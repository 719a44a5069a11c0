import { existsSync, readFileSync } from 'node:fs';

/** The embedded PostgreSQL's log as far as it has been written; '' when the tests use another server. */
export const postgresLog = () =>
  process.env.TEST_PG_LOG && existsSync(process.env.TEST_PG_LOG)
    ? readFileSync(process.env.TEST_PG_LOG, 'utf8')
    : '';
