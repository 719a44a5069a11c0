import type { RequestHandler } from 'express';
import type { Logger } from '../logger';

/** The path without its query, and with invite tokens masked: a log line must never hold a credential. */
export function loggablePath(url: string | undefined): string {
  return (url ?? '/').split('?')[0]!.replace(/\/invite\/[^/]+/, '/invite/:token');
}

/**
 * One JSON line per request when it ends: method, masked path, status, time. No headers, bodies
 * or cookies. A request cut off before its answer is logged too. When the level is off (the
 * benchmark runs at "warn"), nothing is built at all.
 */
export function requestLogger(logger: Logger): RequestHandler {
  let nextId = 0;
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const id = ++nextId;
    res.once('close', () => {
      const aborted = !res.writableFinished;
      const level = aborted || res.statusCode >= 500 ? 'error' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          req: { id, method: req.method, path: loggablePath(req.originalUrl) },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        },
        aborted ? 'request aborted' : 'request completed',
      );
    });
    next();
  };
}
