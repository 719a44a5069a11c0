/**
 * What a log line may say about an error. A database error's message, DETAIL ("Failing row
 * contains …", "Key (email)=(…)"), statement and parameters carry the values it was given: tokens,
 * codes, emails, password hashes. So for those only the SQLSTATE and the names of what was
 * involved are kept, which is what an operator needs to find the cause. Other errors keep their
 * message and stack, which the code writes and which hold no request values.
 */
export interface SafeError {
  type: string;
  message?: string;
  stack?: string;
  /** Named so, not `code`: the logger removes every `code` key, which elsewhere holds invite codes. */
  sqlstate?: string;
  constraint?: string;
  table?: string;
  column?: string;
  routine?: string;
}

interface DatabaseErrorFields {
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  routine?: unknown;
  severity?: unknown;
  driverError?: DatabaseErrorFields;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
const name = (value: unknown) => (typeof value === 'string' ? value : undefined);

export function safeError(error: unknown): SafeError {
  if (!(error instanceof Error)) return { type: typeof error };
  const fields = error as Error & DatabaseErrorFields;
  const driver = fields.driverError ?? fields;
  const code = name(driver.code);
  // pg's DatabaseError, or TypeORM's QueryFailedError wrapping one.
  if (fields.driverError || (code && SQLSTATE.test(code) && driver.severity !== undefined)) {
    return {
      type: error.constructor.name,
      sqlstate: code,
      constraint: name(driver.constraint),
      table: name(driver.table),
      column: name(driver.column),
      routine: name(driver.routine),
    };
  }
  return { type: error.constructor.name, message: error.message, stack: error.stack };
}
