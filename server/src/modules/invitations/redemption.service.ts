import type { DataSource } from 'typeorm';
import { inviteCodeProblem, normalizeInviteCode, type InvitationStatus, type SchoolRole } from '@school-invites/shared';
import type { SchoolAccess } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import type { RateLimitConfig } from '../../config';
import { AppError, badInput } from '../../errors/app-error';
import { decodeCursor, toPage } from '../../graphql/pagination';
import { MembershipEntity } from '../memberships/membership.entity';
import type { AttemptRow, Limit, RateLimiter, Reservation } from '../rate-limits/rate-limiter';
import { tokenFromInput } from './credentials';
import { RedemptionBatcher, type RedeemOutcome } from './redemption-batcher';
import type { RedeemInvitationInput } from './invitation.inputs';
import { STATUS_SQL } from './invitation.row';
import type { Redemption, RedemptionConnection } from './invitation.type';

interface Target {
  id: string;
  school_id: string;
  status: InvitationStatus;
}

interface TargetWithMembership extends Target {
  member_id: string | null;
  member_seq: string | null;
  member_role: SchoolRole | null;
  member_joined_at: Date | null;
  member_invitation_id: string | null;
}

export interface PreviewRow extends Target {
  school_name: string;
  school_slug: string;
  school_description: string | null;
  member_count: number;
  inviter_name: string;
  role: SchoolRole;
  label: string | null;
  expires_at: Date | null;
  viewer_is_member: boolean;
}

export interface Redeemed {
  membership: MembershipEntity;
  alreadyMember: boolean;
}

const FAILURES: Record<Exclude<InvitationStatus, 'ACTIVE'>, () => AppError> = {
  REVOKED: () =>
    new AppError('INVITATION_REVOKED', 'This invitation was withdrawn by the school. Ask whoever shared it for a new one.'),
  EXPIRED: () => new AppError('INVITATION_EXPIRED', 'This invitation has expired. Ask whoever shared it for a new one.'),
  USED_UP: () =>
    new AppError('INVITATION_USED_UP', 'This invitation has been used as many times as it allows. Ask for a new one.'),
};

const notFoundFor = (byCode: boolean, mistyped: boolean) =>
  new AppError(
    'INVITATION_NOT_FOUND',
    mistyped
      ? 'That code looks mistyped. Check each character and try again.'
      : byCode
        ? 'No invitation has that code. Check it and try again.'
        : 'This invitation link is not valid. Check that you copied all of it.',
    mistyped ? { reason: 'MISTYPED' } : {},
  );

const toMembership = (fields: MembershipEntity) => Object.assign(new MembershipEntity(), fields);

export class RedemptionService {
  private readonly batcher: RedemptionBatcher;

  constructor(
    private readonly db: DataSource,
    private readonly limiter: RateLimiter,
    private readonly limits: RateLimitConfig,
  ) {
    this.batcher = new RedemptionBatcher((invitationId, userIds) => this.write(invitationId, userIds));
  }

  /** Public: what the invitation page shows. Failed look-ups count against the attempt limits. */
  async preview(viewer: Viewer | null, ip: string, input: RedeemInvitationInput): Promise<PreviewRow> {
    const limits = this.attemptLimits(viewer, ip);
    const lookup = this.lookup(input);
    if ('error' in lookup) {
      await this.limiter.reserve(limits);
      throw lookup.error;
    }
    const { found, reservation } = await this.lookUpReserving<PreviewRow>(
      limits,
      `SELECT i.id, i.school_id, ${STATUS_SQL} AS status, i.role, i.label, i.expires_at,
              s.name AS school_name, s.slug AS school_slug, s.description AS school_description,
              (SELECT count(*)::int FROM memberships m WHERE m.school_id = i.school_id) AS member_count,
              u.name AS inviter_name,
              EXISTS (SELECT 1 FROM memberships m WHERE m.school_id = i.school_id AND m.user_id = $2) AS viewer_is_member
         FROM invitations i JOIN schools s ON s.id = i.school_id JOIN users u ON u.id = i.created_by
        WHERE ${lookup.where}`,
      [lookup.value, viewer?.userId ?? null],
    );
    if (!found) throw notFoundFor(lookup.byCode, false);
    await this.limiter.release(reservation);
    return found;
  }

  /**
   * Joins the viewer to the invitation's school in two round trips: one reserves the attempt and
   * finds the invitation with the viewer's membership there, one runs redeem_invitation(), which
   * writes the membership, redemption and audit events and consumes a use only while the invitation
   * is active and under its limit, all in one statement, so the count and the rows can never
   * disagree. People joining through the same invitation at the same moment share that statement
   * (RedemptionBatcher). A success then releases the attempt: a write to an unlogged table only,
   * which waits for no WAL flush.
   */
  async redeem(access: SchoolAccess, ip: string, input: RedeemInvitationInput): Promise<Redeemed> {
    const viewer = access.requireViewer();
    const limits = this.attemptLimits(viewer, ip);
    const lookup = this.lookup(input);
    if ('error' in lookup) {
      await this.limiter.reserve(limits);
      throw lookup.error;
    }
    const { found: target, reservation } = await this.lookUpReserving<TargetWithMembership>(
      limits,
      `SELECT i.id, i.school_id, ${STATUS_SQL} AS status,
              m.id AS member_id, m.seq::text AS member_seq, m.role AS member_role, m.joined_at AS member_joined_at,
              m.invitation_id AS member_invitation_id
         FROM invitations i LEFT JOIN memberships m ON m.school_id = i.school_id AND m.user_id = $2
        WHERE ${lookup.where}`,
      [lookup.value, viewer.userId],
    );
    // Failures below keep the reservation; every success gives it back.
    const succeeded = async (redeemed: Redeemed) => {
      await this.limiter.release(reservation);
      return redeemed;
    };
    if (!target) throw notFoundFor(lookup.byCode, false);
    if (target.member_id) {
      const membership = toMembership({
        id: target.member_id,
        seq: target.member_seq!,
        schoolId: target.school_id,
        userId: viewer.userId,
        role: target.member_role!,
        joinedAt: target.member_joined_at!,
        invitationId: target.member_invitation_id,
      });
      return succeeded({ membership, alreadyMember: true });
    }
    if (target.status !== 'ACTIVE') throw FAILURES[target.status]();

    const result = await this.batcher.redeem(target.id, viewer.userId);
    if (result.outcome === 'JOINED') {
      const membership = toMembership({
        id: result.membershipId,
        seq: result.membershipSeq,
        schoolId: result.schoolId,
        userId: viewer.userId,
        role: result.role,
        joinedAt: result.joinedAt,
        invitationId: target.id,
      });
      return succeeded({ membership, alreadyMember: false });
    }
    // Someone (the same person, in a parallel request) joined first; no use was consumed.
    if (result.outcome === 'ALREADY_MEMBER') {
      return succeeded({ membership: (await this.membershipOf(target.school_id, viewer.userId))!, alreadyMember: true });
    }
    // It stopped being redeemable since the look-up (revoked, expired, or the last use taken).
    const [now] = (await this.db.query(`SELECT ${STATUS_SQL} AS status FROM invitations i WHERE i.id = $1`, [
      target.id,
    ])) as { status: InvitationStatus }[];
    throw FAILURES[now!.status === 'ACTIVE' ? 'USED_UP' : now!.status]();
  }

  async redemptions(invitationId: string, first: number, after: string | null | undefined): Promise<RedemptionConnection> {
    const cursor = decodeCursor('r', after);
    const [rows, [{ n }]] = await Promise.all([
      this.db.query(
        `SELECT id, seq::text AS seq, user_id, school_id, redeemed_at FROM redemptions
          WHERE invitation_id = $1 ${cursor ? 'AND seq < $3' : ''} ORDER BY seq DESC LIMIT $2`,
        cursor ? [invitationId, first + 1, cursor] : [invitationId, first + 1],
      ),
      this.db.query(`SELECT count(*)::int AS n FROM redemptions WHERE invitation_id = $1`, [invitationId]),
    ]);
    const page = toPage('r', rows as { id: string; seq: string; user_id: string; school_id: string; redeemed_at: Date }[], first, (row) =>
      ({ id: row.id, userId: row.user_id, schoolId: row.school_id, redeemedAt: row.redeemed_at }) as Redemption,
    );
    return { ...page, totalCount: n as number };
  }

  private async write(invitationId: string, userIds: string[]): Promise<RedeemOutcome[]> {
    const rows: { outcome: RedeemOutcome['outcome']; membership_id: string; membership_seq: string; school_id: string; role: SchoolRole; joined_at: Date }[] =
      await this.db.query(
        `SELECT outcome, membership_id, membership_seq::text, school_id, role, joined_at FROM redeem_invitation($1, $2::uuid[])`,
        [invitationId, userIds],
      );
    return rows.map((row) =>
      row.outcome === 'JOINED'
        ? { outcome: 'JOINED', membershipId: row.membership_id, membershipSeq: row.membership_seq, schoolId: row.school_id, role: row.role, joinedAt: row.joined_at }
        : { outcome: row.outcome },
    );
  }

  /**
   * Runs a look-up (`select`, over `params`) in the statement that reserves the attempt, so no
   * look-up goes unreserved and the reservation costs no round trip of its own. A refused attempt
   * throws before anything found is used. `found` is undefined when the look-up matched nothing.
   */
  private async lookUpReserving<T extends { id: string }>(
    limits: Limit[],
    select: string,
    params: unknown[],
  ): Promise<{ found: T | undefined; reservation: Reservation }> {
    const folded = this.limiter.reservation(limits, params.length + 1);
    // (SELECT 1) LEFT JOIN: one row even when nothing matched, to carry the attempt.
    const [row] = (await this.db.query(
      `${folded ? `WITH ${folded.with}` : ''}
       SELECT ${folded?.attempt ?? 'NULL'} AS attempt, t.* FROM (SELECT 1) AS one LEFT JOIN LATERAL (${select}) AS t ON true`,
      [...params, ...(folded?.params ?? [])],
    )) as (T & { attempt: AttemptRow[] | null })[];
    const reservation = await this.limiter.admit(row!.attempt);
    return { found: row!.id ? row : undefined, reservation };
  }

  private membershipOf(schoolId: string, userId: string) {
    return this.db.getRepository(MembershipEntity).findOneBy({ schoolId, userId });
  }

  /** Per account strict, per address generous: a class of 30 often shares one address. */
  private attemptLimits(viewer: Viewer | null, ip: string): Limit[] {
    const limits: Limit[] = [{ key: `redeem:ip:${ip}`, max: this.limits.redeemFailuresPerIpPerHour, windowSeconds: 3600 }];
    if (viewer) {
      limits.push({ key: `redeem:user:${viewer.userId}`, max: this.limits.redeemFailuresPerUserPerMinute, windowSeconds: 60 });
    }
    return limits;
  }

  private lookup(input: RedeemInvitationInput): { where: string; value: string; byCode: boolean } | { error: AppError } {
    const hasToken = typeof input.token === 'string' && input.token.trim() !== '';
    const hasCode = typeof input.code === 'string' && input.code.trim() !== '';
    if (hasToken === hasCode) throw badInput('input', 'give exactly one of token and code');
    if (hasToken) return { where: 'i.token = $1', value: tokenFromInput(input.token!), byCode: false };
    const problem = inviteCodeProblem(input.code!);
    if (problem) return { error: notFoundFor(true, problem === 'MISTYPED' || problem === 'INVALID_CHARACTER') };
    return { where: 'i.code = $1', value: normalizeInviteCode(input.code!), byCode: true };
  }
}
