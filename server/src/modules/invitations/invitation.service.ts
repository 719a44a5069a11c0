import { roleHasPermission, type Permission, type SchoolRole } from '@school-invites/shared';
import type { SchoolAccess } from '../../auth/access';
import type { RateLimitConfig } from '../../config';
import { isUuid } from '../../database/ids';
import { pageOf, type Page, type PageQuery } from '../../database/pages';
import type { ListReads, Repositories } from '../../database/repositories';
import { AppError, badInput, conflict, notFound } from '../../errors/app-error';
import type { RateLimiter } from '../rate-limits/rate-limiter';
import { applyPolicy } from './invitation-policy';
import {
  authorizeCreation,
  insert,
  lockGroups,
  requireLiveGroups,
  revoke,
} from './invitation-writes';
import type { InvitationListQuery } from './invitation-list-sql';
import type {
  InvitationLoaders,
  InvitationRow,
  InvitationWithCreator,
} from './invitation.repository';

export interface InvitationDraft {
  schoolId: string;
  /** STUDENT when omitted. */
  role?: SchoolRole | null;
  label?: string | null;
  expiresAt?: Date | null;
  maxUses?: number | null;
  /** Groups of the school that joiners are added to. */
  groupIds?: readonly string[] | null;
  /** Narrows the school's allowed email domains. */
  allowedEmailDomains?: readonly string[] | null;
}

export interface InvitationPage extends Page<InvitationWithCreator> {
  /** Counted only when a client asks for it. */
  count(): Promise<number>;
}

/** Invitation rights beyond the school role: a group's leader manages invitations into it. */
const LEADER_RIGHTS: Partial<Record<Permission, true>> = {
  INVITATIONS_VIEW: true,
  INVITATIONS_REVOKE: true,
};

export class InvitationService {
  constructor(
    private readonly repos: Repositories,
    private readonly limiter: RateLimiter,
    private readonly limits: RateLimitConfig,
    private readonly listReads: ListReads,
  ) {}

  async create(access: SchoolAccess, draft: InvitationDraft): Promise<InvitationRow> {
    const viewer = access.requireViewer();
    if (!isUuid(draft.schoolId)) throw notFound('school');
    const groupIds = [...new Set(draft.groupIds ?? [])];
    const role = await authorizeCreation(access, draft.schoolId, draft.role, groupIds);
    if (draft.expiresAt && draft.expiresAt.getTime() <= Date.now()) {
      throw badInput('expiresAt', 'must be in the future');
    }
    const allowedEmailDomains = applyPolicy(await this.repos.schools.findById(draft.schoolId), {
      role,
      expiresAt: draft.expiresAt ?? null,
      maxUses: draft.maxUses ?? null,
      allowedEmailDomains: draft.allowedEmailDomains,
    });
    await requireLiveGroups(this.repos, draft.schoolId, groupIds, 'groupIds');
    await this.consumeCreations(draft.schoolId, 1);
    return this.repos.transaction(async (tx) => {
      await lockGroups(tx, draft.schoolId, groupIds, 'groupIds');
      const [row] = await insert(tx, {
        invitation: {
          schoolId: draft.schoolId,
          role,
          label: draft.label?.trim() || null,
          expiresAt: draft.expiresAt ?? null,
          maxUses: draft.maxUses ?? null,
          createdBy: viewer.userId,
          replacesId: null,
          allowedEmailDomains,
        },
        groupIds: [groupIds],
      });
      return row!;
    });
  }

  /** Counts `n` new invitations against the school's hourly limit, refusing all of them past it. */
  async consumeCreations(schoolId: string, n: number): Promise<void> {
    await this.limiter.consume([
      {
        key: `invitations:school:${schoolId}`,
        max: this.limits.invitationsPerSchoolPerHour,
        windowSeconds: 3600,
        cost: n,
      },
    ]);
  }

  /**
   * An invitation in one of the viewer's schools, checked for `permission` there. NOT_FOUND for
   * an unknown id and for another school's invitation alike, so existence does not leak.
   */
  async findVisible(
    access: SchoolAccess,
    loaders: InvitationLoaders,
    id: string,
    permission?: Permission,
  ): Promise<InvitationRow> {
    access.requireViewer();
    const row = await loaders.invitation.load(id);
    if (!row || !(await access.roleIn(row.school_id))) throw notFound('invitation');
    if (permission && LEADER_RIGHTS[permission])
      await access.requireOrLeading(row.school_id, permission, () =>
        loaders.invitationGroupIds.load(id),
      );
    else if (permission) await access.require(row.school_id, permission);
    return row;
  }

  /**
   * Whether the viewer may `permission` this invitation: by their school role, or by leading every
   * group it joins.
   */
  async allows(
    access: SchoolAccess,
    loaders: InvitationLoaders,
    invitation: { id: string; schoolId: string },
    permission: 'INVITATIONS_VIEW' | 'INVITATIONS_REVOKE',
  ): Promise<boolean> {
    if (await access.can(invitation.schoolId, permission)) return true;
    return access.leadsAll(
      invitation.schoolId,
      await loaders.invitationGroupIds.load(invitation.id),
    );
  }

  /**
   * Newest first, keyset-paginated; `status` and `search` filter in SQL. Requires INVITATIONS_VIEW,
   * or leading groups: then only the invitations whose every group the viewer leads.
   * `invitationCount` is the school's own counter, which answers an unfiltered total.
   */
  async list(
    access: SchoolAccess,
    schoolId: string,
    invitationCount: () => Promise<number>,
    query: InvitationListQuery & PageQuery,
  ): Promise<InvitationPage> {
    const led = async () => [...(await access.groupsLed(schoolId))];
    const role = await access.requireOrLeading(schoolId, 'INVITATIONS_VIEW', led);
    if (roleHasPermission(role, 'INVITATIONS_VIEW'))
      return this.page(access, schoolId, invitationCount, query);
    // A leader of classes sees the invitations into them, those whose every group they lead.
    return this.page(access, schoolId, async () => 0, { ...query, withinGroups: await led() });
  }

  /**
   * The invitations into one group: all of them with INVITATIONS_VIEW; for its leader without
   * it, those whose every group they lead.
   */
  async listForGroup(
    access: SchoolAccess,
    group: { id: string; schoolId: string },
    query: InvitationListQuery & PageQuery,
  ): Promise<InvitationPage> {
    const role = await access.requireOrLeading(group.schoolId, 'INVITATIONS_VIEW', [group.id]);
    const withinGroups = roleHasPermission(role, 'INVITATIONS_VIEW')
      ? null
      : [...(await access.groupsLed(group.schoolId))];
    return this.page(access, group.schoolId, async () => 0, {
      ...query,
      groupId: group.id,
      withinGroups,
    });
  }

  private async page(
    access: SchoolAccess,
    schoolId: string,
    invitationCount: () => Promise<number>,
    query: InvitationListQuery & PageQuery,
  ): Promise<InvitationPage> {
    const rows = await this.listReads(access.viewer, (reads) =>
      reads.invitations.page(schoolId, query),
    );
    const filtered = Boolean(
      query.status ||
      query.search?.trim() ||
      query.groupId ||
      query.batchId ||
      query.withinGroups ||
      query.createdBy ||
      query.createdByFormerStaff,
    );
    return {
      ...pageOf(rows, query.first),
      count: async () =>
        filtered
          ? this.listReads(access.viewer, (reads) => reads.invitations.count(schoolId, query))
          : invitationCount(),
    };
  }

  /** Immediate and irreversible. Revoking a revoked invitation returns it unchanged. */
  async revoke(
    access: SchoolAccess,
    loaders: InvitationLoaders,
    id: string,
  ): Promise<InvitationRow> {
    const viewer = access.requireViewer();
    const existing = await this.findVisible(access, loaders, id, 'INVITATIONS_REVOKE');
    return this.repos.transaction(async (tx) => {
      const [revoked] = await revoke(tx, existing.school_id, [id], viewer.userId);
      const row = revoked ?? (await tx.invitations.find(id));
      if (!row) throw new AppError('NOT_FOUND', 'That invitation no longer exists.');
      return row;
    });
  }

  /** Revokes several invitations of one school in one transaction: all of them, or none. */
  async revokeMany(
    access: SchoolAccess,
    schoolId: string,
    ids: string[],
  ): Promise<InvitationRow[]> {
    const viewer = access.requireViewer();
    if (!isUuid(schoolId)) throw notFound('school');
    const role = await access.requireMember(schoolId);
    const unique = [...new Set(ids)];
    if (!unique.every(isUuid)) throw notFound('invitation');
    if (!roleHasPermission(role, 'INVITATIONS_REVOKE')) {
      // A leader may revoke only invitations into their own groups, every one of them.
      const groups = await this.repos.invitations.groupIdsOf(unique);
      for (const id of unique)
        await access.requireOrLeading(schoolId, 'INVITATIONS_REVOKE', groups.get(id) ?? []);
    }
    return this.repos.transaction(async (tx) => {
      if ((await tx.invitations.countInSchool(schoolId, unique)) !== unique.length)
        throw notFound('invitation');
      await revoke(tx, schoolId, unique, viewer.userId);
      return tx.invitations.findManyNewestFirst(unique);
    });
  }

  /**
   * "Changing" an invitation: revoke it and create a new one with the same role, label, usage
   * limit and validity period, as one step. The new one records which it replaced.
   */
  async replace(
    access: SchoolAccess,
    loaders: InvitationLoaders,
    id: string,
  ): Promise<InvitationRow> {
    const viewer = access.requireViewer();
    const existing = await this.findVisible(access, loaders, id, 'INVITATIONS_REVOKE');
    const groupIds = await loaders.invitationGroupIds.load(id);
    await authorizeCreation(access, existing.school_id, existing.role, groupIds);
    return this.repos.transaction(async (tx) => {
      // Groups before the invitation: the lock order every writer here keeps.
      await lockGroups(tx, existing.school_id, groupIds, 'id');
      const old = (await tx.invitations.findForUpdate(id))!;
      if (await tx.invitations.wasReplaced(id))
        throw conflict('This invitation was already replaced. Replace the newer one instead.');
      await revoke(tx, old.school_id, [id], viewer.userId);
      const validFor = old.expires_at ? old.expires_at.getTime() - old.created_at.getTime() : null;
      const [created] = await insert(tx, {
        invitation: {
          schoolId: old.school_id,
          role: old.role,
          label: old.label,
          maxUses: old.max_uses,
          expiresAt: validFor === null ? null : new Date(Date.now() + validFor),
          createdBy: viewer.userId,
          replacesId: id,
        },
        groupIds: [groupIds],
      });
      await tx.audit.record([
        {
          schoolId: old.school_id,
          actorId: viewer.userId,
          action: 'invitation.replaced',
          targetType: 'invitation',
          targetId: id,
          detail: { replacementId: created!.id },
        },
      ]);
      return created!;
    });
  }
}
