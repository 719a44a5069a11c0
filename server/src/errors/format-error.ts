import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from '../logger';
import { AppError } from './app-error';

function isRequestError(original: unknown, formatted: GraphQLFormattedError): boolean {
  return (
    original instanceof GraphQLError &&
    !formatted.path &&
    (!original.originalError || original.originalError instanceof GraphQLError)
  );
}

function firstConstraint(
  errors: ValidationError[],
  prefix = '',
): { field: string; problem: string } {
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
    const base = {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
    };

    if (original instanceof AppError) {
      return { ...base, message: original.message, extensions: { ...original.extensions } };
    }
    if (original instanceof ArgumentValidationError) {
      const { field, problem } = firstConstraint(original.extensions.validationErrors);
      return {
        ...base,
        message: `${field}: ${problem}`,
        extensions: { code: 'BAD_USER_INPUT', field },
      };
    }
    // The request itself was wrong: it did not parse or validate, a variable had the wrong type or
    // was missing, or an operation limit refused it. Such errors name no field and wrap no thrown
    // exception; they get the contract's BAD_USER_INPUT, with the library's own code as the reason.
    if (isRequestError(original, formatted)) {
      const code = formatted.extensions?.code;
      const reason =
        formatted.extensions?.reason ??
        (code !== 'BAD_USER_INPUT' && code !== 'INTERNAL_SERVER_ERROR' ? code : undefined);
      const field = formatted.extensions?.field;
      return {
        ...base,
        extensions: {
          code: 'BAD_USER_INPUT',
          ...(typeof reason === 'string' ? { reason } : {}),
          ...(typeof field === 'string' ? { field } : {}),
        },
      };
    }
    if (
      original instanceof Error &&
      /timeout exceeded when trying to connect|Connection terminated/i.test(original.message)
    ) {
      logger.warn(
        { path: formatted.path, reason: original.message },
        'database busy or unavailable',
      );
      return {
        message: 'The service is busy or briefly unavailable. Please try again in a moment.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR', retryable: true },
      };
    }
    logger.error(
      { err: original, path: formatted.path },
      'unexpected error in a GraphQL operation',
    );
    return {
      message: 'Something went wrong on our side. Please try again.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
