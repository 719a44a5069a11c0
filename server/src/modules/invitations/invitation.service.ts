import { canGrantRole, type Permission, type SchoolRole } from '@school-invites/shared';
import type { SchoolAccess } from '../../auth/access';
import type { RateLimitConfig } from '../../config';
import { isUuid } from '../../database/ids';
import { pageOf, type Page, type PageQuery } from '../../database/pages';
import type { Repositories } from '../../database/repositories';
import { AppError, badInput, conflict, forbidden, notFound } from '../../errors/app-error';
import type { RateLimiter } from '../rate-limits/rate-limiter';
import { newInvitationCode, newInvitationToken } from './credentials';
import type {
  InvitationListQuery,
  InvitationLoaders,
  InvitationRow,
  InvitationWithCreator,
  NewInvitation,
} from './invitation.repository';

const CREDENTIAL_ATTEMPTS = 5;

export interface InvitationDraft {
  schoolId: string;
  /** STUDENT when omitted. */
  role?: SchoolRole | null;
  label?: string | null;
  expiresAt?: Date | null;
  maxUses?: number | null;
}

export interface InvitationPage extends Page<InvitationWithCreator> {
  /** Counted only when a client asks for it. */
  count(): Promise<number>;
}

type Repos = Pick<Repositories, 'invitations' | 'audit'>;

export class InvitationService {
  constructor(
    private readonly repos: Repositories,
    private readonly limiter: RateLimiter,
    private readonly limits: RateLimitConfig,
  ) {}

  async create(access: SchoolAccess, draft: InvitationDraft): Promise<InvitationRow> {
    const viewer = access.requireViewer();
    if (!isUuid(draft.schoolId)) throw notFound('school');
    const creatorRole = await access.require(draft.schoolId, 'INVITATIONS_CREATE');
    const role = draft.role ?? 'STUDENT';
    if (role === 'OWNER') throw badInput('role', 'an invitation can never make someone the owner');
    if (!canGrantRole(creatorRole, role)) throw forbidden(`invite people as ${role}`);
    if (draft.expiresAt && draft.expiresAt.getTime() <= Date.now()) {
      throw badInput('expiresAt', 'must be in the future');
    }
    await this.limiter.consume([
      {
        key: `invitations:school:${draft.schoolId}`,
        max: this.limits.invitationsPerSchoolPerHour,
        windowSeconds: 3600,
      },
    ]);
    return this.repos.transaction((tx) =>
      insert(tx, {
        schoolId: draft.schoolId,
        role,
        label: draft.label?.trim() || null,
        expiresAt: draft.expiresAt ?? null,
        maxUses: draft.maxUses ?? null,
        createdBy: viewer.userId,
        replacesId: null,
      }),
    );
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
    if (permission) await access.require(row.school_id, permission);
    return row;
  }

  /**
   * Newest first, keyset-paginated; `status` and `search` filter in SQL. Requires INVITATIONS_VIEW.
   * `invitationCount` is the school's own counter, which answers an unfiltered total.
   */
  async list(
    access: SchoolAccess,
    schoolId: string,
    invitationCount: number,
    query: InvitationListQuery & PageQuery,
  ): Promise<InvitationPage> {
    await access.require(schoolId, 'INVITATIONS_VIEW');
    const rows = await this.repos.invitations.page(schoolId, query);
    const filtered = Boolean(query.status || query.search?.trim());
    return {
      ...pageOf(rows, query.first),
      count: async () =>
        filtered ? this.repos.invitations.count(schoolId, query) : invitationCount,
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
    await access.require(schoolId, 'INVITATIONS_REVOKE');
    const unique = [...new Set(ids)];
    if (!unique.every(isUuid)) throw notFound('invitation');
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
    const creatorRole = await access.require(existing.school_id, 'INVITATIONS_CREATE');
    if (!canGrantRole(creatorRole, existing.role))
      throw forbidden(`invite people as ${existing.role}`);
    return this.repos.transaction(async (tx) => {
      const old = (await tx.invitations.findForUpdate(id))!;
      if (await tx.invitations.wasReplaced(id))
        throw conflict('This invitation was already replaced. Replace the newer one instead.');
      await revoke(tx, old.school_id, [id], viewer.userId);
      const validFor = old.expires_at ? old.expires_at.getTime() - old.created_at.getTime() : null;
      const created = await insert(tx, {
        schoolId: old.school_id,
        role: old.role,
        label: old.label,
        maxUses: old.max_uses,
        expiresAt: validFor === null ? null : new Date(Date.now() + validFor),
        createdBy: viewer.userId,
        replacesId: id,
      });
      await tx.audit.record([
        {
          schoolId: old.school_id,
          actorId: viewer.userId,
          action: 'invitation.replaced',
          targetType: 'invitation',
          targetId: id,
          detail: { replacementId: created.id },
        },
      ]);
      return created;
    });
  }
}

/** A new invitation with fresh credentials, and its audit event. */
async function insert(
  tx: Repos,
  invitation: Omit<NewInvitation, 'token' | 'code'>,
): Promise<InvitationRow> {
  for (let attempt = 1; attempt <= CREDENTIAL_ATTEMPTS; attempt++) {
    // A token or code collision inserts nothing and is retried with fresh credentials.
    const row = await tx.invitations.insert({
      ...invitation,
      token: newInvitationToken(),
      code: newInvitationCode(),
    });
    if (!row) continue;
    await tx.audit.record([
      {
        schoolId: invitation.schoolId,
        actorId: invitation.createdBy,
        action: 'invitation.created',
        targetType: 'invitation',
        targetId: row.id,
        detail: {
          role: invitation.role,
          label: invitation.label,
          maxUses: invitation.maxUses,
          replaces: invitation.replacesId,
        },
      },
    ]);
    return row;
  }
  throw new Error(`no free invitation credentials after ${CREDENTIAL_ATTEMPTS} attempts`);
}

/** Revokes those of `ids` not revoked yet, each with its audit event; returns them. */
async function revoke(
  tx: Repos,
  schoolId: string,
  ids: string[],
  actorId: string,
): Promise<InvitationRow[]> {
  const rows = await tx.invitations.revoke(schoolId, ids, actorId);
  await tx.audit.record(
    rows.map((row) => ({
      schoolId,
      actorId,
      action: 'invitation.revoked' as const,
      targetType: 'invitation' as const,
      targetId: row.id,
      detail: { useCount: row.use_count },
    })),
  );
  return rows;
}
