import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger';

const MESSAGES: Record<number, { code: string; message: string }> = {
  400: { code: 'BAD_USER_INPUT', message: 'The request body is not valid JSON.' },
  404: { code: 'NOT_FOUND', message: 'There is nothing at this address.' },
  413: { code: 'BAD_USER_INPUT', message: 'The request is too large: send at most 64 kB.' },
};

/** What a request failing before GraphQL answers, in GraphQL's error shape, never a stack. */
const INTERNAL = {
  code: 'INTERNAL_SERVER_ERROR',
  message: 'Something went wrong on our side. Please try again.',
};

/** The JSON body for `status`: a known refusal (400, 413, 404, any other 4xx) or, from 500 up, ours. */
export function errorBody(status: number): string {
  const { code, message } =
    MESSAGES[status] ??
    (status < 500
      ? { code: 'BAD_USER_INPUT', message: 'The request could not be understood.' }
      : INTERNAL);
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}

/** Errors raised before GraphQL (body parsing, size) answer JSON in GraphQL's shape, never a stack. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: { status?: number; statusCode?: number }, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? error.statusCode ?? 500;
    if (status >= 500) logger.error({ err: error }, 'unexpected error outside GraphQL');
    res
      .status(status >= 500 ? 500 : status)
      .type('application/json')
      .send(errorBody(status));
  };
}
