export const INVITATION_STATUSES = ['ACTIVE', 'REVOKED', 'EXPIRED', 'USED_UP'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export interface InvitationState {
  revokedAt: Date | null;
  expiresAt: Date | null;
  useCount: number;
  maxUses: number | null;
}

/**
 * Status is derived, never stored, in this priority: a revoked invitation stays REVOKED even
 * after it would have expired, and an expired one reads EXPIRED even if it was also used up.
 * The server computes the same rule in SQL with the database's clock.
 */
export function invitationStatus(state: InvitationState, now: Date): InvitationStatus {
  if (state.revokedAt) return 'REVOKED';
  if (state.expiresAt && state.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  if (state.maxUses !== null && state.useCount >= state.maxUses) return 'USED_UP';
  return 'ACTIVE';
}
