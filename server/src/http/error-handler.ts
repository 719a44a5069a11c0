import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger';

const MESSAGES: Record<number, { code: string; message: string }> = {
  400: { code: 'BAD_USER_INPUT', message: 'The request body is not valid JSON.' },
  404: { code: 'NOT_FOUND', message: 'There is nothing at this address.' },
  413: { code: 'BAD_USER_INPUT', message: 'The request is too large: send at most 64 kB.' },
};

/** The answer to a request refused before GraphQL (400, 413): JSON in GraphQL's shape. */
export function refusalBody(status: 400 | 413): string {
  const { code, message } = MESSAGES[status]!;
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}

/** Errors raised before GraphQL (body parsing, size) answer JSON in GraphQL's shape, never a stack. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: { status?: number; statusCode?: number }, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? error.statusCode ?? 500;
    const known =
      MESSAGES[status] ??
      (status < 500
        ? { code: 'BAD_USER_INPUT', message: 'The request could not be understood.' }
        : undefined);
    if (!known) logger.error({ err: error }, 'unexpected error outside GraphQL');
    res.status(known ? status : 500).json({
      errors: [
        known
          ? { message: known.message, extensions: { code: known.code } }
          : {
              message: 'Something went wrong on our side. Please try again.',
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            },
      ],
    });
  };
}
