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

// TypeORM's query() answers a bare UPDATE or DELETE with [rows, count] rather than rows, so
// statements here that need rows back wrap the change in a CTE and SELECT from it.
