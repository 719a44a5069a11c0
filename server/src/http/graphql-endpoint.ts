import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import cors from 'cors';
import type { Config } from '../config';
import type { Context } from '../graphql/context';
import type { Logger } from '../logger';
import { errorBody } from './error-handler';
import type { ContextOf } from './request-context';
import { requestLog } from './request-logger';
import { securityHeaders } from './security-headers';

const BODY_LIMIT = 64 * 1024;

/**
 * The common GraphQL request (POST /graphql, a JSON body, no content encoding) served on
 * node:http directly, without Express's router and body parser, which cost more per request than
 * the busiest operations' own work. It gives the same answers: the same security headers, CORS
 * rule, 64 kB limit, refusals, request log, session cookie and Apollo Server (whose CSRF rule,
 * limits and error formatting apply unchanged). Anything else (other methods, encodings,
 * charsets, content types) is left to the Express app.
 */
export function graphqlEndpoint({
  apollo,
  contextOf,
  config,
  logger,
}: {
  apollo: ApolloServer<Context>;
  /** The same context builder the Express route uses. */
  contextOf: ContextOf;
  config: Pick<Config, 'corsOrigins'>;
  logger: Logger;
}) {
  const headers = securityHeaders();
  const allowOrigins = cors({
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    credentials: true,
  });
  const logWhenDone = requestLog(logger);

  const serve = async (req: IncomingMessage, res: ServerResponse, body: unknown) => {
    const headerMap = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers))
      if (value !== undefined) headerMap.set(key, Array.isArray(value) ? value.join(', ') : value);
    const query = req.url!.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: headerMap,
        search: query >= 0 ? req.url!.slice(query) : '',
        body,
      },
      context: () => contextOf(req, res),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const answerError = (res: ServerResponse, status: 400 | 413 | 500) => {
    if (!res.headersSent) {
      res.statusCode = status;
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
    }
    res.end(errorBody(status));
  };

  return {
    serves: servesDirectly,

    handle(req: IncomingMessage, res: ServerResponse) {
      logWhenDone(req, res, req.url);
      headers(req, res, () =>
        allowOrigins(req, res, () => {
          readBody(req, (status, text) => {
            if (status) return answerError(res, status);
            const body = parseJsonObject(text!);
            if (body === undefined) return answerError(res, 400);
            serve(req, res, body).catch((error: unknown) => {
              logger.error({ err: error }, 'unexpected error outside GraphQL');
              answerError(res, 500);
            });
          });
        }),
      );
    },
  };
}

/** Whether the direct endpoint serves the request; the Express app serves the rest. */
export function servesDirectly(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): boolean {
  return (
    req.method === 'POST' &&
    (req.url === '/graphql' || Boolean(req.url?.startsWith('/graphql?'))) &&
    isPlainJson(req.headers['content-type']) &&
    !req.headers['content-encoding']
  );
}

/** `application/json`, with no charset or UTF-8 (what JSON is); anything else goes to Express. */
function isPlainJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type, ...params] = contentType.toLowerCase().split(';');
  if (type!.trim() !== 'application/json') return false;
  return params.every((param) => /^\s*charset\s*=\s*"?utf-8"?\s*$/.test(param));
}

/** The body as text, or 413 past the limit (the rest is not read; the connection closes). */
function readBody(req: IncomingMessage, done: (status: 413 | null, text?: string) => void) {
  const declared = Number(req.headers['content-length']);
  if (declared > BODY_LIMIT) {
    req.resume();
    return done(413);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  req.on('data', (chunk: Buffer) => {
    if (over) return;
    size += chunk.length;
    if (size > BODY_LIMIT) {
      over = true;
      done(413);
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => {
    if (!over) done(null, Buffer.concat(chunks, size).toString('utf8'));
  });
}

/** A JSON object or array (as Express's strict parser takes); an empty body is `{}`. */
function parseJsonObject(text: string): unknown {
  const start = text.trimStart();
  if (start === '') return {};
  if (start[0] !== '{' && start[0] !== '[') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
