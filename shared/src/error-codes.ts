/** Every GraphQL error carries one of these as `extensions.code` (see the public contract). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'INVITATION_NOT_FOUND',
  'INVITATION_REVOKED',
  'INVITATION_EXPIRED',
  'INVITATION_USED_UP',
  'INVITATION_GROUP_FULL',
  'INVITATION_PAUSED',
  'INVITATION_NOT_ALLOWED',
  'RATE_LIMITED',
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
