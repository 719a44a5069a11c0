import type { IncomingMessage, ServerResponse } from 'node:http';
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
/** Request ids, shared by both ways a request is served. */
let nextId = 0;

export function requestLogger(logger: Logger): RequestHandler {
  const logWhenDone = requestLog(logger);
  return (req, res, next) => {
    logWhenDone(req, res, req.originalUrl);
    next();
  };
}

/** The same log line for a request served without Express (POST /graphql); one counter of ids. */
export function requestLog(logger: Logger) {
  return (req: IncomingMessage, res: ServerResponse, url: string | undefined) => {
    const started = process.hrtime.bigint();
    const id = ++nextId;
    res.once('close', () => {
      const aborted = !res.writableFinished;
      const level = aborted || res.statusCode >= 500 ? 'error' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          req: { id, method: req.method, path: loggablePath(url) },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        },
        aborted ? 'request aborted' : 'request completed',
      );
    });
  };
}
