import { GraphQLError } from 'graphql';
import type { ErrorCode } from '@school-invites/shared';

/**
 * The one error type the API shows its callers. Its message is written for a person and its
 * code comes from the shared list, so clients can branch on it.
 */
export class AppError extends GraphQLError {
  constructor(
    public readonly code: Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'AppError';
  }
}

export const unauthenticated = () =>
  new AppError('UNAUTHENTICATED', 'You need to sign in to do this.');

export const forbidden = (what = 'do this') =>
  new AppError('FORBIDDEN', `You don't have permission to ${what} in this school.`);

export const notFound = (what: string) =>
  new AppError('NOT_FOUND', `No ${what} with that id exists, or you can't see it.`);

export const badInput = (field: string, problem: string) =>
  new AppError('BAD_USER_INPUT', `${field}: ${problem}`, { field });

export const conflict = (message: string, field?: string) =>
  new AppError('CONFLICT', message, field ? { field } : {});

export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(
    'RATE_LIMITED',
    `Too many attempts. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`,
    { retryAfterSeconds },
  );
