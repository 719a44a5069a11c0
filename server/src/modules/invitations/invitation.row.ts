import type { InvitationStatus, SchoolRole } from '@school-invites/shared';

/**
 * Status is computed by PostgreSQL with its own clock, in the same priority as the shared rule,
 * so a list, a preview and a redemption never disagree about whether an invitation has expired.
 */
export const STATUS_SQL = `CASE
  WHEN i.revoked_at IS NOT NULL THEN 'REVOKED'
  WHEN i.expires_at <= now() THEN 'EXPIRED'
  WHEN i.max_uses IS NOT NULL AND i.use_count >= i.max_uses THEN 'USED_UP'
  ELSE 'ACTIVE' END`;

/** The same states as filters that can use the (school_id, seq) indexes. */
export const STATUS_FILTER_SQL: Record<InvitationStatus, string> = {
  REVOKED: `i.revoked_at IS NOT NULL`,
  EXPIRED: `i.revoked_at IS NULL AND i.expires_at <= now()`,
  USED_UP: `i.revoked_at IS NULL AND (i.expires_at IS NULL OR i.expires_at > now()) AND i.max_uses IS NOT NULL AND i.use_count >= i.max_uses`,
  ACTIVE: `i.revoked_at IS NULL AND (i.expires_at IS NULL OR i.expires_at > now()) AND (i.max_uses IS NULL OR i.use_count < i.max_uses)`,
};

export const INVITATION_COLUMNS = `i.id, i.seq::text AS seq, i.school_id, i.token, i.code, i.role, i.label,
  i.created_by, i.created_at, i.expires_at, i.max_uses, i.use_count, i.last_used_at, i.revoked_at,
  i.revoked_by, i.replaces_id, ${STATUS_SQL} AS status`;

export interface InvitationRow {
  id: string;
  seq: string;
  school_id: string;
  token: string;
  code: string;
  role: SchoolRole;
  label: string | null;
  created_by: string;
  created_at: Date;
  expires_at: Date | null;
  max_uses: number | null;
  use_count: number;
  last_used_at: Date | null;
  revoked_at: Date | null;
  revoked_by: string | null;
  replaces_id: string | null;
  status: InvitationStatus;
}
