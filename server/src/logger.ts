import pino, { type Logger } from 'pino';
import type { LogLevel } from './config';

export type { Logger };

/**
 * Structured JSON logs. Secrets never reach a log line: requests are logged by the http layer
 * with their path only (invite tokens masked), and these keys are removed wherever they appear.
 */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
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
