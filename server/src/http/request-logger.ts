import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger';

/** The path without its query, and with invite tokens masked: a log line must never hold a credential. */
export function loggablePath(url: string | undefined): string {
  return (url ?? '/').split('?')[0]!.replace(/\/invite\/[^/]+/, '/invite/:token');
}

/** One JSON line per request: method, masked path, status, time. No headers, bodies or cookies. */
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    quietReqLogger: true,
    serializers: {
      req: (req: IncomingMessage & { id?: unknown }) => ({ id: req.id, method: req.method, path: loggablePath(req.url) }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
  });
}
