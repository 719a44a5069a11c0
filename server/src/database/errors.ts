/** PostgreSQL reports a unique violation as SQLSTATE 23505, naming the constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as {
    code?: string;
    constraint?: string;
    driverError?: { code?: string; constraint?: string };
  };
  const code = e?.driverError?.code ?? e?.code;
  const name = e?.driverError?.constraint ?? e?.constraint;
  return code === '23505' && (constraint === undefined || name === constraint);
}

/** SQLSTATEs and socket errors that say the server is gone or refusing, not that a statement failed. */
const CONNECTION_FAILURES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/** Whether `error` means the database could not be reached (so another one may answer instead). */
export function isConnectionFailure(error: unknown): boolean {
  const e = error as { code?: string; message?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  if (code && CONNECTION_FAILURES.has(code)) return true;
  return /Connection terminated|timeout exceeded when trying to connect/.test(e?.message ?? '');
}

// TypeORM's query() answers a bare UPDATE or DELETE with [rows, count] rather than rows, so
// statements here that need rows back wrap the change in a CTE and SELECT from it.
