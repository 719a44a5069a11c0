import {
  inviteCodeProblem,
  normalizeInviteCode,
  type InvitationStatus,
} from '@school-invites/shared';
import type { SchoolAccess } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import type { RateLimitConfig } from '../../config';
import { countedPage, type CountedPage, type PageQuery } from '../../database/pages';
import type { Repositories } from '../../database/repositories';
import { AppError, badInput, conflict } from '../../errors/app-error';
import { tokenFromInput } from '../invitations/credentials';
import { domainAllowed, emailDomainOf } from '../schools/email-domains';
import type { MembershipEntity } from '../memberships/membership.entity';
import type { Limit, Reservation } from '../rate-limits/rate-limit.repository';
import type { RateLimiter } from '../rate-limits/rate-limiter';
import { RedemptionBatcher } from './redemption-batcher';
import type {
  Attempted,
  InvitationKey,
  InvitationPreviewRow,
  RedeemTarget,
  RedemptionRow,
} from './redemption.repository';

/** What a person typed or opened: exactly one of an invitation link (or its token) and a code. */
export interface InvitationReference {
  token?: string | null;
  code?: string | null;
}

export interface Redeemed {
  membership: MembershipEntity;
  alreadyMember: boolean;
  /** The groups this redemption added the person to. */
  addedGroupIds: string[];
}

const paused = () =>
  new AppError(
    'INVITATION_PAUSED',
    'This school has paused all its invitations for now. Try again later, or ask the school.',
  );

const blocked = () =>
  new AppError(
    'INVITATION_NOT_ALLOWED',
    'This school has removed you and does not allow you to join again. Contact the school if you think this is a mistake.',
    { reason: 'BLOCKED' },
  );

const notAllowed = (reason: 'EMAIL_UNVERIFIED' | 'EMAIL_DOMAIN') =>
  new AppError(
    'INVITATION_NOT_ALLOWED',
    reason === 'EMAIL_UNVERIFIED'
      ? 'This invitation needs a confirmed email address. Confirm yours (we can email you a link), then try again.'
      : 'This invitation is only for certain email addresses, and yours is not one of them. Sign in with the address your school gave you.',
    { reason },
  );

const groupFull = () =>
  new AppError(
    'INVITATION_GROUP_FULL',
    'A class or group this invitation joins is full. Ask whoever shared it to make room or give you another invitation.',
  );

const FAILURES: Record<Exclude<InvitationStatus, 'ACTIVE'>, () => AppError> = {
  REVOKED: () =>
    new AppError(
      'INVITATION_REVOKED',
      'This invitation was withdrawn by the school. Ask whoever shared it for a new one.',
    ),
  EXPIRED: () =>
    new AppError(
      'INVITATION_EXPIRED',
      'This invitation has expired. Ask whoever shared it for a new one.',
    ),
  USED_UP: () =>
    new AppError(
      'INVITATION_USED_UP',
      'This invitation has been used as many times as it allows. Ask for a new one.',
    ),
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

/**
 * Joining a school through an invitation, and the public preview before it. A redemption, step
 * by step:
 *
 * 1. `attempt`: every look-up could be a guess at a code, so one statement both counts the attempt
 *    against the limits and finds the invitation, with the viewer's membership of its school.
 * 2. `join`: a member already succeeds; an invitation that is not ACTIVE fails with its status;
 *    anyone else goes to redeem_invitation() (database/sql/redeem-invitation.sql), which decides
 *    under the invitation's row lock whether a use is left, and writes the membership, the
 *    redemption, the audit events and the use count in one statement, so counts and rows never
 *    disagree. People joining through one invitation at once share that statement (the batcher).
 * 3. A success gives the attempt back; every failure keeps it, so only failures use limits up.
 */
export class RedemptionService {
  private readonly batcher = new RedemptionBatcher((invitationId, userIds) =>
    this.repos.redemptions.redeem(invitationId, userIds),
  );

  constructor(
    private readonly repos: Repositories,
    private readonly limiter: RateLimiter,
    private readonly limits: RateLimitConfig,
  ) {}

  /** Public: what the invitation page shows. */
  async preview(
    viewer: Viewer | null,
    ip: string,
    reference: InvitationReference,
  ): Promise<InvitationPreviewRow> {
    const { found, reservation } = await this.attempt(viewer, ip, reference, (key, limits) =>
      this.repos.redemptions.findForPreview(key, viewer?.userId ?? null, limits),
    );
    await this.limiter.release(reservation);
    return found;
  }

  /** Joins the viewer to the invitation's school, in two round trips when they are not a member yet. */
  async redeem(
    access: SchoolAccess,
    ip: string,
    reference: InvitationReference,
  ): Promise<Redeemed> {
    const viewer = access.requireViewer();
    const { found: invitation, reservation } = await this.attempt(
      viewer,
      ip,
      reference,
      (key, limits) => this.repos.redemptions.findForRedeem(key, viewer.userId, limits),
    );
    const redeemed = await this.join(invitation, viewer.userId);
    await this.limiter.release(reservation);
    return redeemed;
  }

  /** Who joined through an invitation, newest first. Callers check permissions before asking. */
  list(invitationId: string, page: PageQuery): Promise<CountedPage<RedemptionRow>> {
    return countedPage(
      page.first,
      this.repos.redemptions.page(invitationId, page),
      this.repos.redemptions.count(invitationId),
    );
  }

  /**
   * Throws the reason when the person does not end up a member (of the school and of every group
   * of the invitation); their attempt stays counted. A member already in every group changes
   * nothing and consumes nothing.
   */
  private async join(invitation: RedeemTarget, userId: string): Promise<Redeemed> {
    // Checked again under the school's lock in redeem_invitation(); here they answer early.
    if (invitation.paused) throw paused();
    if (invitation.blocked) throw blocked();
    if (invitation.membership && invitation.missingGroups === 0)
      return { membership: invitation.membership, alreadyMember: true, addedGroupIds: [] };
    if (invitation.status !== 'ACTIVE') throw FAILURES[invitation.status]();
    checkEmailDomain(invitation);

    const result = await this.batcher.redeem(invitation.id, userId);
    if (result.outcome === 'JOINED')
      return {
        membership: result.membership,
        alreadyMember: false,
        addedGroupIds: result.groupsAdded,
      };
    if (result.outcome === 'GROUPS_ADDED' || result.outcome === 'ALREADY_MEMBER') {
      // A member already: added to the groups they were missing, or (in a parallel request,
      // through another invitation) joined first; their membership is as it was before.
      const membership = await this.repos.memberships.find(invitation.school_id, userId);
      // Removed (or gone) in the moment since the join committed: no answer may call them a
      // member now, and a block is what their next attempt would meet.
      if (!membership)
        throw (await this.repos.memberships.isBlocked(invitation.school_id, userId))
          ? blocked()
          : conflict(
              'You are no longer a member of this school: you left or were removed just now.',
            );
      return {
        membership,
        alreadyMember: true,
        addedGroupIds: result.outcome === 'GROUPS_ADDED' ? result.groupsAdded : [],
      };
    }
    if (result.outcome === 'GROUP_FULL') throw groupFull();
    if (result.outcome === 'PAUSED') throw paused();
    if (result.outcome === 'BLOCKED') throw blocked();
    // It stopped being redeemable since the look-up: revoked, expired, or its last use taken.
    const now = await this.repos.redemptions.statusOf(invitation.id);
    throw FAILURES[now === 'ACTIVE' ? 'USED_UP' : now]();
  }

  /**
   * Finds the invitation `reference` names with `find`, which also reserves the attempt. A refused
   * attempt throws RATE_LIMITED before anything found is used; a malformed code is refused
   * without a look-up, but counted all the same.
   */
  private async attempt<T>(
    viewer: Viewer | null,
    ip: string,
    reference: InvitationReference,
    find: (key: InvitationKey, limits: Limit[]) => Promise<Attempted<T>>,
  ): Promise<{ found: T; reservation: Reservation }> {
    const limits = this.attemptLimits(viewer, ip);
    const key = keyOf(reference);
    if ('malformed' in key) {
      await this.limiter.reserve(limits);
      throw key.malformed;
    }
    const { found, attempt } = await find(key, this.limiter.active(limits));
    const reservation = await this.limiter.admit(attempt);
    if (!found) throw notFoundFor(key.by === 'code', false);
    return { found, reservation };
  }

  /** Per account strict, per address generous: a class of 30 often shares one address. */
  private attemptLimits(viewer: Viewer | null, ip: string): Limit[] {
    const limits: Limit[] = [
      { key: `redeem:ip:${ip}`, max: this.limits.redeemFailuresPerIpPerHour, windowSeconds: 3600 },
    ];
    if (viewer) {
      limits.push({
        key: `redeem:user:${viewer.userId}`,
        max: this.limits.redeemFailuresPerUserPerMinute,
        windowSeconds: 60,
      });
    }
    return limits;
  }
}

/**
 * The school's and the invitation's domain rules, checked at every redemption against a verified
 * address (checked first, so an unverified address never learns whether it would match). The
 * answers never name the domains.
 */
function checkEmailDomain(invitation: RedeemTarget): void {
  if (invitation.domainRules.length === 0) return;
  if (!invitation.viewerVerified) throw notAllowed('EMAIL_UNVERIFIED');
  const domain = emailDomainOf(invitation.viewerEmail);
  if (!domain || !invitation.domainRules.every((allowed) => domainAllowed(domain, allowed)))
    throw notAllowed('EMAIL_DOMAIN');
}

/** The token or normalised code to look up, or why a code cannot be one. */
function keyOf(reference: InvitationReference): InvitationKey | { malformed: AppError } {
  const hasToken = typeof reference.token === 'string' && reference.token.trim() !== '';
  const hasCode = typeof reference.code === 'string' && reference.code.trim() !== '';
  if (hasToken === hasCode) throw badInput('input', 'give exactly one of token and code');
  if (hasToken) return { by: 'token', value: tokenFromInput(reference.token!) };
  const problem = inviteCodeProblem(reference.code!);
  if (problem)
    return {
      malformed: notFoundFor(true, problem === 'MISTYPED' || problem === 'INVALID_CHARACTER'),
    };
  return { by: 'code', value: normalizeInviteCode(reference.code!) };
}
