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

interface FormattedError {
  message?: string;
  extensions?: Record<string, unknown>;
}

/** The server's errors, as Apollo Client (CombinedGraphQLErrors) and graphqlRequest both carry them. */
function serverErrors(error: unknown): readonly FormattedError[] {
  const errors = (error as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) ? (errors as FormattedError[]) : [];
}

/** Turns a failed request into a sentence for a person, keyed by the server's extensions.code. */
export function readableError(error: unknown): ReadableError {
  const first = serverErrors(error)[0];
  if (first) {
    const code = (first.extensions?.code as ErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR';
    const retryAfterSeconds = first.extensions?.retryAfterSeconds as number | undefined;
    return {
      code,
      message: first.message ?? FALLBACK[code] ?? FALLBACK.INTERNAL_SERVER_ERROR!,
      retryAfterSeconds,
    };
  }
  return {
    code: 'NETWORK',
    message: 'We could not reach the server. Check your connection and try again.',
  };
}
