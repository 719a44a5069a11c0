import type { EntityManager } from 'typeorm';
import type { InvitationStatus, SchoolRole } from '@school-invites/shared';
import type { PageQuery } from '../../database/pages';
import { INVITATION_STATUS } from '../invitations/invitation-columns';
import type { MembershipEntity } from '../memberships/membership.entity';
import { attemptSql, type AttemptRow, type Limit } from '../rate-limits/rate-limit.repository';

/** How someone names an invitation: the token of its link, or its code (already normalised). */
export interface InvitationKey {
  by: 'token' | 'code';
  value: string;
}

/** What the public invitation page shows. */
export interface InvitationPreviewRow {
  id: string;
  school_id: string;
  status: InvitationStatus;
  role: SchoolRole;
  label: string | null;
  expires_at: Date | null;
  school_name: string;
  school_slug: string;
  school_description: string | null;
  member_count: number;
  inviter_name: string;
  viewer_is_member: boolean;
  group_names: string[];
  invitations_paused: boolean;
  viewer_is_blocked: boolean;
  requires_verified_email: boolean;
}

/** The invitation someone is joining through, with their membership of its school if they have one. */
export interface RedeemTarget {
  id: string;
  school_id: string;
  status: InvitationStatus;
  membership: MembershipEntity | null;
  /** How many of the invitation's groups the person is not in yet (all of them for a newcomer). */
  missingGroups: number;
  /** The school's invitations are paused. */
  paused: boolean;
  /** The school removed and blocked this person. */
  blocked: boolean;
  /** Lists of allowed email domains the person's verified email must match, each of them. */
  domainRules: string[][];
  viewerEmail: string;
  viewerVerified: boolean;
}

/** What redeem_invitation() says happened to one person. */
export type RedeemOutcome =
  | { outcome: 'JOINED' | 'GROUPS_ADDED'; membership: MembershipEntity; groupsAdded: string[] }
  | { outcome: 'ALREADY_MEMBER' | 'NOT_REDEEMABLE' | 'GROUP_FULL' | 'PAUSED' | 'BLOCKED' };

export interface RedemptionRow {
  id: string;
  seq: string;
  user_id: string;
  school_id: string;
  redeemed_at: Date;
}

/** A look-up that also reserved an attempt: `attempt` goes to RateLimiter.admit before `found` is used. */
export interface Attempted<T> {
  found: T | undefined;
  attempt: AttemptRow[] | null;
}

/** Every statement about joining schools through invitations, and the record of who did. */
export class RedemptionRepository {
  constructor(private readonly db: EntityManager) {}

  findForPreview(
    key: InvitationKey,
    viewerId: string | null,
    limits: Limit[],
  ): Promise<Attempted<InvitationPreviewRow>> {
    return this.lookUpReserving(
      `SELECT i.id, i.school_id, ${INVITATION_STATUS} AS status, i.role, i.label, i.expires_at,
              s.name AS school_name, s.slug AS school_slug, s.description AS school_description,
              (SELECT count(*)::int FROM memberships m WHERE m.school_id = i.school_id) AS member_count,
              u.name AS inviter_name,
              EXISTS (SELECT 1 FROM memberships m WHERE m.school_id = i.school_id AND m.user_id = $2) AS viewer_is_member,
              ARRAY(SELECT g.name FROM invitation_groups ig JOIN groups g ON g.id = ig.group_id
                     WHERE ig.invitation_id = i.id ORDER BY lower(g.name), g.seq) AS group_names,
              s.invitations_paused_at IS NOT NULL AS invitations_paused,
              cardinality(s.allowed_email_domains) + cardinality(i.allowed_email_domains) > 0 AS requires_verified_email,
              EXISTS (SELECT 1 FROM school_blocks b WHERE b.school_id = i.school_id AND b.user_id = $2) AS viewer_is_blocked
         FROM invitations i JOIN schools s ON s.id = i.school_id JOIN users u ON u.id = i.created_by
        WHERE ${whereKey(key)}`,
      [key.value, viewerId],
      limits,
    );
  }

  async findForRedeem(
    key: InvitationKey,
    userId: string,
    limits: Limit[],
  ): Promise<Attempted<RedeemTarget>> {
    const { found, attempt } = await this.lookUpReserving<RedeemTargetRow>(
      `SELECT i.id, i.school_id, ${INVITATION_STATUS} AS status,
              m.id AS member_id, m.seq::text AS member_seq, m.role AS member_role, m.joined_at AS member_joined_at,
              m.invitation_id AS member_invitation_id,
              (SELECT count(*)::int FROM invitation_groups ig WHERE ig.invitation_id = i.id
                  AND NOT EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = ig.group_id AND gm.membership_id = m.id)) AS missing_groups,
              s.invitations_paused_at IS NOT NULL AS paused,
              EXISTS (SELECT 1 FROM school_blocks b WHERE b.school_id = i.school_id AND b.user_id = $2) AS blocked,
              s.allowed_email_domains AS school_domains, i.allowed_email_domains AS invitation_domains,
              u.email AS viewer_email, u.email_verified_at IS NOT NULL AS viewer_verified
         FROM invitations i JOIN schools s ON s.id = i.school_id
         LEFT JOIN memberships m ON m.school_id = i.school_id AND m.user_id = $2
         LEFT JOIN users u ON u.id = $2
        WHERE ${whereKey(key)}`,
      [key.value, userId],
      limits,
    );
    if (!found) return { found, attempt };
    const membership: MembershipEntity | null = found.member_id
      ? {
          id: found.member_id,
          seq: found.member_seq!,
          schoolId: found.school_id,
          userId,
          role: found.member_role!,
          joinedAt: found.member_joined_at!,
          invitationId: found.member_invitation_id,
        }
      : null;
    return {
      found: {
        id: found.id,
        school_id: found.school_id,
        status: found.status,
        membership,
        missingGroups: found.missing_groups,
        paused: found.paused,
        blocked: found.blocked,
        domainRules: [found.school_domains, found.invitation_domains].filter((d) => d.length > 0),
        viewerEmail: found.viewer_email,
        viewerVerified: found.viewer_verified,
      },
      attempt,
    };
  }

  /**
   * Joins `userIds` through the invitation in one statement (see database/sql/redeem-invitation.sql):
   * one outcome per person, in order.
   */
  async redeem(invitationId: string, userIds: string[]): Promise<RedeemOutcome[]> {
    const rows: {
      outcome: RedeemOutcome['outcome'];
      membership_id: string;
      membership_seq: string;
      school_id: string;
      role: SchoolRole;
      joined_at: Date;
      groups_added: string[];
    }[] = await this.db.query(
      `SELECT outcome, membership_id, membership_seq::text, school_id, role, joined_at, groups_added
         FROM redeem_invitation($1, $2::uuid[])`,
      [invitationId, userIds],
    );
    return rows.map((row, i) =>
      row.outcome === 'JOINED' || row.outcome === 'GROUPS_ADDED'
        ? {
            outcome: row.outcome,
            membership: {
              id: row.membership_id,
              seq: row.membership_seq,
              schoolId: row.school_id,
              userId: userIds[i]!,
              role: row.role,
              joinedAt: row.joined_at,
              invitationId,
            },
            groupsAdded: row.groups_added,
          }
        : { outcome: row.outcome },
    );
  }

  async statusOf(invitationId: string): Promise<InvitationStatus> {
    const [row] = await this.db.query<
      {
        status: InvitationStatus;
      }[]
    >(`SELECT ${INVITATION_STATUS} AS status FROM invitations i WHERE i.id = $1`, [invitationId]);
    return row!.status;
  }

  /** Who joined through the invitation, newest first. */
  page(invitationId: string, page: PageQuery): Promise<RedemptionRow[]> {
    return this.db.query(
      // Ordered by the column: a bare `seq` would be the text one selected, where 100 < 99.
      `SELECT id, seq::text AS seq, user_id, school_id, redeemed_at FROM redemptions
        WHERE invitation_id = $1 ${page.after ? 'AND seq < $3' : ''} ORDER BY redemptions.seq DESC LIMIT $2`,
      page.after ? [invitationId, page.first + 1, page.after] : [invitationId, page.first + 1],
    );
  }

  async count(invitationId: string): Promise<number> {
    const [counted] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM redemptions WHERE invitation_id = $1`,
      [invitationId],
    );
    return counted!.n;
  }

  /**
   * Runs a look-up (`select`, over `params`) in the statement that reserves the attempt, so no
   * look-up goes unreserved and the reservation costs no round trip of its own.
   */
  private async lookUpReserving<T extends { id: string }>(
    select: string,
    params: unknown[],
    limits: Limit[],
  ): Promise<Attempted<T>> {
    const reserving = limits.length ? attemptSql(limits, params.length + 1) : null;
    // (SELECT 1) LEFT JOIN: one row even when nothing matched, to carry the attempt.
    const [row] = await this.db.query<(T & { attempt: AttemptRow[] | null })[]>(
      `${reserving ? `WITH ${reserving.with}` : ''}
       SELECT ${reserving?.attempt ?? 'NULL'} AS attempt, t.* FROM (SELECT 1) AS one LEFT JOIN LATERAL (${select}) AS t ON true`,
      [...params, ...(reserving?.params ?? [])],
    );
    const { attempt, ...found } = row!;
    return { found: found.id ? (found as unknown as T) : undefined, attempt };
  }
}

interface RedeemTargetRow {
  id: string;
  school_id: string;
  status: InvitationStatus;
  member_id: string | null;
  member_seq: string | null;
  member_role: SchoolRole | null;
  member_joined_at: Date | null;
  member_invitation_id: string | null;
  missing_groups: number;
  paused: boolean;
  blocked: boolean;
  school_domains: string[];
  invitation_domains: string[];
  viewer_email: string;
  viewer_verified: boolean;
}

const whereKey = (key: InvitationKey) => (key.by === 'token' ? 'i.token = $1' : 'i.code = $1');
