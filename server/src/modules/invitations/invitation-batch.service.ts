import { randomUUID } from 'node:crypto';
import { LIMITS, type SchoolRole } from '@school-invites/shared';
import type { SchoolAccess } from '../../auth/access';
import { isUuid } from '../../database/ids';
import type { Repositories } from '../../database/repositories';
import { badInput, notFound } from '../../errors/app-error';
import type { InvitationService } from './invitation.service';
import type { InvitationRow } from './invitation.repository';
import { applyPolicy } from './invitation-policy';
import { authorizeCreation, insert, lockGroups, requireLiveGroups } from './invitation-writes';

export interface InvitationBatchDraft {
  schoolId: string;
  groupIds: readonly string[];
  /** How many invitations per group; above 1 each is single-use (printed slips). */
  perGroup?: number | null;
  role?: SchoolRole | null;
  expiresAt?: Date | null;
  /** Per invitation when perGroup is 1; otherwise 1. */
  maxUses?: number | null;
  label?: string | null;
}

/**
 * Term start in one step: one invitation per group (a poster per class), or `perGroup`
 * single-use ones per group (a slip per student). All of them or none, each with its own audit
 * event, each counted against the school's hourly limit. They share a batch id, so their print
 * sheet can be made again later.
 */
export class InvitationBatchService {
  constructor(
    private readonly repos: Repositories,
    private readonly invitations: InvitationService,
  ) {}

  async create(access: SchoolAccess, draft: InvitationBatchDraft): Promise<InvitationRow[]> {
    const viewer = access.requireViewer();
    if (!isUuid(draft.schoolId)) throw notFound('school');
    const groupIds = [...new Set(draft.groupIds)];
    if (groupIds.length === 0) throw badInput('groupIds', 'name at least one group');
    const perGroup = draft.perGroup ?? 1;
    const total = groupIds.length * perGroup;
    if (total > LIMITS.invitationBatchMax)
      throw badInput(
        'perGroup',
        `${groupIds.length} groups × ${perGroup} makes ${total} invitations; at most ${LIMITS.invitationBatchMax} at once`,
      );
    const role = await authorizeCreation(access, draft.schoolId, draft.role, groupIds);
    if (draft.expiresAt && draft.expiresAt.getTime() <= Date.now())
      throw badInput('expiresAt', 'must be in the future');
    const maxUses = perGroup > 1 ? 1 : (draft.maxUses ?? null);
    const allowedEmailDomains = applyPolicy(await this.repos.schools.findById(draft.schoolId), {
      role,
      expiresAt: draft.expiresAt ?? null,
      maxUses,
    });
    await requireLiveGroups(this.repos, draft.schoolId, groupIds, 'groupIds');
    await this.invitations.consumeCreations(draft.schoolId, total);

    return this.repos.transaction(async (tx) => {
      await lockGroups(tx, draft.schoolId, groupIds, 'groupIds');
      return insert(tx, {
        invitation: {
          schoolId: draft.schoolId,
          role,
          label: draft.label?.trim() || null,
          expiresAt: draft.expiresAt ?? null,
          maxUses,
          createdBy: viewer.userId,
          replacesId: null,
          batchId: randomUUID(),
          allowedEmailDomains,
        },
        groupIds: groupIds.flatMap((groupId) => Array.from({ length: perGroup }, () => [groupId])),
      });
    });
  }
}
