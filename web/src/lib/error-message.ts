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
  /** Why, when the code alone does not say (INVITATION_NOT_ALLOWED: BLOCKED, EMAIL_UNVERIFIED …). */
  reason?: string;
  /** The input the server refused (BAD_USER_INPUT), to show the message beside it. */
  field?: string;
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
    const reason = first.extensions?.reason as string | undefined;
    const field = first.extensions?.field as string | undefined;
    return {
      code,
      message: first.message ?? FALLBACK[code] ?? FALLBACK.INTERNAL_SERVER_ERROR!,
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      ...(reason ? { reason } : {}),
      ...(field ? { field } : {}),
    };
  }
  return {
    code: 'NETWORK',
    message: 'We could not reach the server. Check your connection and try again.',
  };
}

/**
 * A field's error as the form shows it beside the field: the server writes "expiresAt: must be in
 * the future", the field's name first, which the label already says.
 */
export function fieldMessage(error: ReadableError): string {
  const text = error.field
    ? error.message.replace(new RegExp(`^${error.field}: `), '')
    : error.message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
