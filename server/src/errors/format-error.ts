import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { isErrorCode } from '@school-invites/shared';
import type { Logger } from '../logger';
import { AppError } from './app-error';

/** Codes the GraphQL layer itself produces before any resolver runs; safe to pass through. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function firstConstraint(errors: ValidationError[], prefix = ''): { field: string; problem: string } {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const problem = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (problem) return { field, problem };
    if (error.children?.length) return firstConstraint(error.children, field);
  }
  return { field: 'input', problem: 'is invalid' };
}

/**
 * Lets AppErrors and request-level errors through as they are; turns argument validation into
 * BAD_USER_INPUT naming the field; logs anything else and answers a generic internal error, so no
 * SQL, stack trace or library message ever reaches a caller.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof AppError) {
      return { ...base, message: original.message, extensions: { ...original.extensions } };
    }
    if (original instanceof ArgumentValidationError) {
      const { field, problem } = firstConstraint(original.extensions.validationErrors as ValidationError[]);
      return {
        ...base,
        message: `${field}: ${problem}`,
        extensions: { code: 'BAD_USER_INPUT', field },
      };
    }
    const code = formatted.extensions?.code;
    // graphql-js's own complaints about the request (a variable of the wrong type or missing,
    // a bad literal) wrap no thrown error and name no field: they are the caller's to fix.
    if (original instanceof GraphQLError && (!original.originalError || original.originalError instanceof GraphQLError) && !formatted.path && !(typeof code === 'string' && REQUEST_ERROR_CODES.has(code))) {
      const reason = typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' && code !== 'BAD_USER_INPUT' ? { reason: code } : {};
      return { ...base, extensions: { code: 'BAD_USER_INPUT', ...reason, ...(formatted.extensions?.reason ? { reason: formatted.extensions.reason } : {}) } };
    }
    // The contract's codes only: a query that does not parse or validate is bad input; the
    // library's own code stays as the reason.
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      return { ...base, extensions: { code: 'BAD_USER_INPUT', reason: code } };
    }
    const reason = formatted.extensions?.reason;
    if (code === 'BAD_USER_INPUT' && typeof reason === 'string') {
      return { ...base, extensions: { ...formatted.extensions } };
    }
    // Errors graphql-js raises while coercing variables and arguments (wrong type, missing field).
    if (code === 'BAD_USER_INPUT' || (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR' && !formatted.path)) {
      return { ...base, extensions: { code } };
    }
    if (original instanceof Error && /timeout exceeded when trying to connect|Connection terminated/i.test(original.message)) {
      logger.warn({ path: formatted.path, reason: original.message }, 'database busy or unavailable');
      return {
        message: 'The service is busy or briefly unavailable. Please try again in a moment.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR', retryable: true },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL operation');
    return {
      message: 'Something went wrong on our side. Please try again.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
