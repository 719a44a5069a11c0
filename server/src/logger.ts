import pino, { type Logger } from 'pino';
import type { LogLevel } from './config';
import { safeError } from './log-safe-error';

export type { Logger };

/**
 * Structured JSON logs. Secrets never reach a log line: requests are logged by the http layer
 * with their path only (invite tokens masked), errors are reduced to what holds no value
 * (log-safe-error.ts), and these keys are removed wherever they appear.
 */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      serializers: { err: safeError },
      redact: {
        paths: [
          'password',
          'token',
          'code',
          'email',
          '*.password',
          '*.token',
          '*.code',
          '*.email',
          'req.headers.authorization',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
        ],
        remove: true,
      },
    },
    destination,
  );
}
