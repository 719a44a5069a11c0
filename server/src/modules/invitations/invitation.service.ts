import type { DataSource, EntityManager } from 'typeorm';
import { canGrantRole, type Permission, type SchoolRole } from '@school-invites/shared';
import type { SchoolAccess } from '../../auth/access';
import type { RateLimitConfig } from '../../config';
import { AppError, badInput, conflict, forbidden, notFound } from '../../errors/app-error';
import { isUuid, type Loaders } from '../../graphql/loaders';
import { pageSize, toPage } from '../../graphql/pagination';
import { recordAudit } from '../audit/audit.service';
import type { RateLimiter } from '../rate-limits/rate-limiter';
import { newInvitationCode, newInvitationToken } from './credentials';
import type { CreateInvitationInput, InvitationListArgs } from './invitation.inputs';
import { INVITATION_COLUMNS, type InvitationRow } from './invitation.row';
import { invitationListSql, type InvitationPageRow } from './invitation-list.sql';
import { InvitationConnection, toInvitation } from './invitation.type';
import { UserEntity } from '../users/user.entity';

const CREDENTIAL_ATTEMPTS = 5;

interface NewInvitation {
  schoolId: string;
  role: SchoolRole;
  label: string | null;
  expiresAt: Date | null;
  maxUses: number | null;
  createdBy: string;
  replacesId?: string | null;
}

export class InvitationService {
  constructor(
    private readonly db: DataSource,
    private readonly limiter: RateLimiter,
    private readonly limits: RateLimitConfig,
  ) {}

  async create(access: SchoolAccess, input: CreateInvitationInput): Promise<InvitationRow> {
    const viewer = access.requireViewer();
    if (!isUuid(input.schoolId)) throw notFound('school');
    const creatorRole = await access.require(input.schoolId, 'INVITATIONS_CREATE');
    const role = input.role ?? 'STUDENT';
    if (role === 'OWNER') throw badInput('role', 'an invitation can never make someone the owner');
    if (!canGrantRole(creatorRole, role)) throw forbidden(`invite people as ${role}`);
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw badInput('expiresAt', 'must be in the future');
    }
    await this.limiter.consume([
      { key: `invitations:school:${input.schoolId}`, max: this.limits.invitationsPerSchoolPerHour, windowSeconds: 3600 },
    ]);
    return this.db.transaction((tx) =>
      this.insert(tx, {
        schoolId: input.schoolId,
        role,
        label: input.label?.trim() || null,
        expiresAt: input.expiresAt ?? null,
        maxUses: input.maxUses ?? null,
        createdBy: viewer.userId,
      }),
    );
  }

  /**
   * An invitation in one of the viewer's schools, checked for `permission` there. NOT_FOUND for
   * an unknown id and for another school's invitation alike, so existence does not leak.
   */
  async findVisible(access: SchoolAccess, loaders: Loaders, id: string, permission?: Permission): Promise<InvitationRow> {
    access.requireViewer();
    const row = await loaders.invitation.load(id);
    if (!row || !(await access.roleIn(row.school_id))) throw notFound('invitation');
    if (permission) await access.require(row.school_id, permission);
    return row;
  }

  /** Newest first, keyset-paginated; `status` and `search` filter in SQL. Requires INVITATIONS_VIEW. */
  async list(access: SchoolAccess, loaders: Loaders, schoolId: string, invitationCount: number, args: InvitationListArgs) {
    await access.require(schoolId, 'INVITATIONS_VIEW');
    const first = pageSize(args);
    const query = invitationListSql(schoolId, { ...args, first });
    const rows: InvitationPageRow[] = await this.db.query(query.page.text, query.page.params);
    for (const row of rows) {
      const creator = { id: row.created_by, name: row.creator_name, email: row.creator_email, createdAt: row.creator_created_at };
      loaders.user.prime(row.created_by, Object.assign(new UserEntity(), creator));
    }
    const connection = Object.assign(new InvitationConnection(), toPage('i', rows, first, toInvitation));
    connection.count = async () => {
      if (!query.filtered) return invitationCount;
      const [{ n }] = await this.db.query(query.count.text, query.count.params);
      return n as number;
    };
    return connection;
  }

  /** Immediate and irreversible. Revoking a revoked invitation returns it unchanged. */
  async revoke(access: SchoolAccess, loaders: Loaders, id: string): Promise<InvitationRow> {
    const viewer = access.requireViewer();
    const existing = await this.findVisible(access, loaders, id, 'INVITATIONS_REVOKE');
    const row = await this.db.transaction(async (tx) => {
      const [revoked] = await this.revokeRows(tx, existing.school_id, [id], viewer.userId);
      return revoked ?? (await this.load(tx, id));
    });
    loaders.invitation.clear(id).prime(id, row);
    return row;
  }

  /** Revokes several invitations of one school in one transaction: all of them, or none. */
  async revokeMany(access: SchoolAccess, schoolId: string, ids: string[]): Promise<InvitationRow[]> {
    const viewer = access.requireViewer();
    if (!isUuid(schoolId)) throw notFound('school');
    await access.require(schoolId, 'INVITATIONS_REVOKE');
    const unique = [...new Set(ids)];
    if (!unique.every(isUuid)) throw notFound('invitation');
    return this.db.transaction(async (tx) => {
      const found: { id: string }[] = await tx.query(
        `SELECT id FROM invitations WHERE school_id = $1 AND id = ANY($2)`,
        [schoolId, unique],
      );
      if (found.length !== unique.length) throw notFound('invitation');
      await this.revokeRows(tx, schoolId, unique, viewer.userId);
      const rows: InvitationRow[] = await tx.query(
        `SELECT ${INVITATION_COLUMNS} FROM invitations i WHERE i.id = ANY($1) ORDER BY i.seq DESC`,
        [unique],
      );
      return rows;
    });
  }

  /**
   * "Changing" an invitation: revoke it and create a new one with the same role, label, usage
   * limit and validity period, as one step. The new one records which it replaced.
   */
  async replace(access: SchoolAccess, loaders: Loaders, id: string): Promise<InvitationRow> {
    const viewer = access.requireViewer();
    const existing = await this.findVisible(access, loaders, id, 'INVITATIONS_REVOKE');
    const creatorRole = await access.require(existing.school_id, 'INVITATIONS_CREATE');
    if (!canGrantRole(creatorRole, existing.role)) throw forbidden(`invite people as ${existing.role}`);
    const created = await this.db.transaction(async (tx) => {
      const [old] = (await tx.query(
        `SELECT ${INVITATION_COLUMNS} FROM invitations i WHERE i.id = $1 FOR UPDATE`,
        [id],
      )) as InvitationRow[];
      const replaced = await tx.query(`SELECT id FROM invitations WHERE replaces_id = $1`, [id]);
      if (replaced.length > 0) throw conflict('This invitation was already replaced. Replace the newer one instead.');
      await this.revokeRows(tx, old!.school_id, [id], viewer.userId);
      const validFor = old!.expires_at ? old!.expires_at.getTime() - old!.created_at.getTime() : null;
      const created = await this.insert(tx, {
        schoolId: old!.school_id,
        role: old!.role,
        label: old!.label,
        maxUses: old!.max_uses,
        expiresAt: validFor === null ? null : new Date(Date.now() + validFor),
        createdBy: viewer.userId,
        replacesId: id,
      });
      await recordAudit(tx, [
        { schoolId: old!.school_id, actorId: viewer.userId, action: 'invitation.replaced', targetType: 'invitation', targetId: id, detail: { replacementId: created.id } },
      ]);
      return created;
    });
    // The old invitation was read before it was revoked; later fields must see it revoked.
    loaders.invitation.clear(id);
    return created;
  }

  private async insert(tx: EntityManager, invitation: NewInvitation): Promise<InvitationRow> {
    for (let attempt = 1; attempt <= CREDENTIAL_ATTEMPTS; attempt++) {
      // A token or code collision (never reissued, revoked ones included) inserts nothing and is
      // retried with fresh credentials; DO NOTHING keeps the surrounding transaction usable.
      const [row] = (await tx.query(
        `WITH i AS (
           INSERT INTO invitations (school_id, token, code, role, label, created_by, expires_at, max_uses, replaces_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING *)
         SELECT ${INVITATION_COLUMNS} FROM i`,
        [
          invitation.schoolId,
          newInvitationToken(),
          newInvitationCode(),
          invitation.role,
          invitation.label,
          invitation.createdBy,
          invitation.expiresAt,
          invitation.maxUses,
          invitation.replacesId ?? null,
        ],
      )) as InvitationRow[];
      if (!row) continue;
      await recordAudit(tx, [
        {
          schoolId: invitation.schoolId,
          actorId: invitation.createdBy,
          action: 'invitation.created',
          targetType: 'invitation',
          targetId: row.id,
          detail: { role: invitation.role, label: invitation.label, maxUses: invitation.maxUses, replaces: invitation.replacesId ?? null },
        },
      ]);
      return row;
    }
    throw new Error(`no free invitation credentials after ${CREDENTIAL_ATTEMPTS} attempts`);
  }

  private async revokeRows(tx: EntityManager, schoolId: string, ids: string[], actorId: string) {
    // clock_timestamp(), not now(): evaluated after the row lock is taken, so a redemption that
    // committed first is always dated before the revocation.
    const rows: InvitationRow[] = await tx.query(
      `WITH i AS (
         UPDATE invitations SET revoked_at = clock_timestamp(), revoked_by = $3
          WHERE school_id = $1 AND id = ANY($2) AND revoked_at IS NULL RETURNING *)
       SELECT ${INVITATION_COLUMNS} FROM i`,
      [schoolId, ids, actorId],
    );
    await recordAudit(
      tx,
      rows.map((row) => ({ schoolId, actorId, action: 'invitation.revoked' as const, targetType: 'invitation' as const, targetId: row.id, detail: { useCount: row.use_count } })),
    );
    return rows;
  }

  private async load(tx: EntityManager, id: string): Promise<InvitationRow> {
    const [row] = (await tx.query(`SELECT ${INVITATION_COLUMNS} FROM invitations i WHERE i.id = $1`, [id])) as InvitationRow[];
    if (!row) throw new AppError('NOT_FOUND', 'That invitation no longer exists.');
    return row;
  }
}
