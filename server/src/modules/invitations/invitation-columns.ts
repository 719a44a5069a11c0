import type { InvitationStatus } from '@school-invites/shared';

/**
 * The status by PostgreSQL's own clock, so a list, a preview and a redemption never disagree about
 * whether an invitation has expired. The rule is the SQL function invitation_status()
 * (database/sql/invitation-status.sql), which the planner inlines; shared/'s invitationStatus() is
 * the same rule for clients, and invitation-status.spec.ts proves they agree.
 */
export const INVITATION_STATUS = `invitation_status(i.revoked_at, i.expires_at, i.max_uses, i.use_count, now())`;

/**
 * The same rule as filters the (school_id, seq) indexes can serve: REVOKED needs its partial index's
 * own predicate, and the others keep their estimates. invitation-status.spec.ts proves each selects
 * exactly the rows invitation_status() gives that status.
 */
export const STATUS_FILTER_SQL: Record<InvitationStatus, string> = {
  REVOKED: `i.revoked_at IS NOT NULL`,
  EXPIRED: `i.revoked_at IS NULL AND i.expires_at <= now()`,
  USED_UP: `i.revoked_at IS NULL AND (i.expires_at IS NULL OR i.expires_at > now()) AND i.max_uses IS NOT NULL AND i.use_count >= i.max_uses`,
  ACTIVE: `i.revoked_at IS NULL AND (i.expires_at IS NULL OR i.expires_at > now()) AND (i.max_uses IS NULL OR i.use_count < i.max_uses)`,
};

/** An invitation's columns as InvitationRow has them, from `invitations i`. */
export const COLUMNS = `i.id, i.seq::text AS seq, i.school_id, i.token, i.code, i.role, i.label,
  i.created_by, i.created_at, i.expires_at, i.max_uses, i.use_count, i.last_used_at, i.revoked_at,
  i.revoked_by, i.replaces_id, i.batch_id, i.allowed_email_domains, ${INVITATION_STATUS} AS status`;
