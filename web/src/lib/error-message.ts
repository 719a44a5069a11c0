import { CombinedGraphQLErrors } from '@apollo/client';
import type { ErrorCode } from '@school-invites/shared';

const FALLBACK: Partial<Record<ErrorCode, string>> = {
  UNAUTHENTICATED: 'Please sign in to continue.',
  FORBIDDEN: "You don't have permission to do that in this school.",
  NOT_FOUND: 'We could not find that. It may have been removed, or you may not have access.',
  RATE_LIMITED: 'Too many attempts. Please wait a moment and try again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again.',
};

export interface ReadableError {
  code: ErrorCode | 'NETWORK';
  message: string;
  retryAfterSeconds?: number;
}

/** Turns an Apollo error into a sentence for a person, keyed by the server's extensions.code. */
export function readableError(error: unknown): ReadableError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = (first?.extensions?.code as ErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR';
    const retryAfterSeconds = first?.extensions?.retryAfterSeconds as number | undefined;
    return { code, message: first?.message ?? FALLBACK[code] ?? FALLBACK.INTERNAL_SERVER_ERROR!, retryAfterSeconds };
  }
  return { code: 'NETWORK', message: 'We could not reach the server. Check your connection and try again.' };
}
