import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { readRows } from '../../database/statements';
import type { InvitationStatus, SchoolRole } from '@school-invites/shared';
import { inOrderOf, isUuid } from '../../database/ids';
import { UserEntity } from '../users/user.entity';
import { COLUMNS } from './invitation-columns';
import { invitationListSql, type InvitationListQuery } from './invitation-list-sql';

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
  batch_id: string | null;
  allowed_email_domains: string[];
  status: InvitationStatus;
}

/** A row of a list page, with its creator, who is shown beside almost every invitation. */
export interface InvitationWithCreator extends InvitationRow {
  creator: UserEntity;
}

export interface NewInvitation {
  schoolId: string;
  token: string;
  code: string;
  role: SchoolRole;
  label: string | null;
  expiresAt: Date | null;
  maxUses: number | null;
  createdBy: string;
  replacesId: string | null;
  /** Set for invitations made together by createInvitationBatch. */
  batchId?: string | null;
  /** The email domains joiners must have (verified); empty: the school's rule alone. */
  allowedEmailDomains?: readonly string[];
}

/** The creator's columns a page's statement adds to each row. */
interface CreatorColumns {
  creator_name: string;
  creator_email: string;
  creator_created_at: Date;
}

/** Every statement about invitations themselves; joining through one is in redemptions. */
export class InvitationRepository {
  constructor(private readonly db: EntityManager) {}

  async findByIds(ids: readonly string[]): Promise<InvitationRow[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return this.db.query(`SELECT ${COLUMNS} FROM invitations i WHERE i.id = ANY($1)`, [valid]);
  }

  async find(id: string): Promise<InvitationRow | undefined> {
    const [row] = await this.db.query<InvitationRow[]>(
      `SELECT ${COLUMNS} FROM invitations i WHERE i.id = $1`,
      [id],
    );
    return row;
  }

  /** Locks the row until the transaction ends, so two replacements of one invitation queue. */
  async findForUpdate(id: string): Promise<InvitationRow | undefined> {
    const [row] = await this.db.query<InvitationRow[]>(
      `SELECT ${COLUMNS} FROM invitations i WHERE i.id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  /** Newest first. */
  findManyNewestFirst(ids: string[]): Promise<InvitationRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM invitations i WHERE i.id = ANY($1) ORDER BY i.seq DESC`,
      [ids],
    );
  }

  /** How many of `ids` belong to the school. */
  async countInSchool(schoolId: string, ids: string[]): Promise<number> {
    const found: { id: string }[] = await this.db.query(
      `SELECT id FROM invitations WHERE school_id = $1 AND id = ANY($2)`,
      [schoolId, ids],
    );
    return found.length;
  }

  async wasReplaced(id: string): Promise<boolean> {
    const replaced: { id: string }[] = await this.db.query(
      `SELECT id FROM invitations WHERE replaces_id = $1`,
      [id],
    );
    return replaced.length > 0;
  }

  /**
   * Undefined when the token or code is taken (never reissued, revoked ones included): DO NOTHING,
   * unlike an error, keeps the surrounding transaction usable for another try.
   */
  async insert(invitation: NewInvitation): Promise<InvitationRow | undefined> {
    const [row] = await this.db.query<InvitationRow[]>(
      `WITH i AS (
         INSERT INTO invitations (school_id, token, code, role, label, created_by, expires_at, max_uses, replaces_id, batch_id, allowed_email_domains)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING RETURNING *)
       SELECT ${COLUMNS} FROM i`,
      [
        invitation.schoolId,
        invitation.token,
        invitation.code,
        invitation.role,
        invitation.label,
        invitation.createdBy,
        invitation.expiresAt,
        invitation.maxUses,
        invitation.replacesId,
        invitation.batchId ?? null,
        invitation.allowedEmailDomains ?? [],
      ],
    );
    return row;
  }

  /**
   * Several invitations alike but for their credentials, in one statement and in the order of
   * `credentials`. Those whose token or code was taken are left out (see `insert`); the caller
   * tells them by token.
   */
  insertMany(
    invitation: Omit<NewInvitation, 'token' | 'code'>,
    credentials: { token: string; code: string }[],
  ): Promise<InvitationRow[]> {
    return this.db.query(
      `WITH i AS (
         INSERT INTO invitations (school_id, token, code, role, label, created_by, expires_at, max_uses, replaces_id, batch_id, allowed_email_domains)
         SELECT $1, c.token, c.code, $4, $5, $6, $7, $8, $9, $10, $11
           FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS c(token, code, k) ORDER BY c.k
         ON CONFLICT DO NOTHING RETURNING *)
       SELECT ${COLUMNS} FROM i ORDER BY i.seq`,
      [
        invitation.schoolId,
        credentials.map((c) => c.token),
        credentials.map((c) => c.code),
        invitation.role,
        invitation.label,
        invitation.createdBy,
        invitation.expiresAt,
        invitation.maxUses,
        invitation.replacesId,
        invitation.batchId ?? null,
        invitation.allowedEmailDomains ?? [],
      ],
    );
  }

  /** Records which groups each invitation joins: pairs of (invitation, group). */
  async joinGroups(pairs: { invitationId: string; groupId: string }[]): Promise<void> {
    if (pairs.length === 0) return;
    await this.db.query(
      `INSERT INTO invitation_groups (invitation_id, group_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
      [pairs.map((p) => p.invitationId), pairs.map((p) => p.groupId)],
    );
  }

  /** The groups each invitation joins. */
  async groupIdsOf(invitationIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { invitation_id: string; group_id: string }[] = await this.db.query(
      `SELECT invitation_id, group_id FROM invitation_groups WHERE invitation_id = ANY($1)`,
      [invitationIds.filter(isUuid)],
    );
    const byInvitation = new Map<string, string[]>();
    for (const row of rows)
      byInvitation.set(row.invitation_id, [
        ...(byInvitation.get(row.invitation_id) ?? []),
        row.group_id,
      ]);
    return byInvitation;
  }

  /** Revokes those of `ids` in the school that are not revoked yet, and returns them. */
  revoke(schoolId: string, ids: string[], actorId: string): Promise<InvitationRow[]> {
    // clock_timestamp(), not now(): evaluated after the row lock is taken, so a redemption that
    // committed first is always dated before the revocation.
    return this.db.query(
      `WITH i AS (
         UPDATE invitations SET revoked_at = clock_timestamp(), revoked_by = $3
          WHERE school_id = $1 AND id = ANY($2) AND revoked_at IS NULL RETURNING *)
       SELECT ${COLUMNS} FROM i`,
      [schoolId, ids, actorId],
    );
  }

  /** `first + 1` rows: the extra one only tells whether another page exists. */
  async page(schoolId: string, query: InvitationListQuery): Promise<InvitationWithCreator[]> {
    const { text, params } = invitationListSql(schoolId, query).page;
    const rows = await readRows<InvitationRow & CreatorColumns & { creator?: UserEntity }>(
      this.db,
      text,
      params,
    );
    // Each row gets its creator in place (the creator_ columns stay on it, unread): copying
    // every row into a new object cost more than the rest of reading it.
    for (const row of rows) {
      const creator = new UserEntity();
      creator.id = row.created_by;
      creator.name = row.creator_name;
      creator.email = row.creator_email;
      creator.createdAt = row.creator_created_at;
      row.creator = creator;
    }
    return rows as InvitationWithCreator[];
  }

  /** All the invitations the list `query` pages through. */
  async count(schoolId: string, query: InvitationListQuery): Promise<number> {
    const { text, params } = invitationListSql(schoolId, query).count;
    const [counted] = await this.db.query<{ n: number }[]>(text, params);
    return counted!.n;
  }
}

/** Per request: invitations by id, for the fields that point at one (replaces, a member's invitation). */
export function createInvitationLoaders(invitations: InvitationRepository) {
  return {
    invitation: new DataLoader<string, InvitationRow | null>(async (ids) =>
      inOrderOf(ids, await invitations.findByIds(ids)),
    ),
    /** The groups each invitation joins (fixed at creation). */
    invitationGroupIds: new DataLoader<string, string[]>(async (ids) => {
      const groups = await invitations.groupIdsOf(ids);
      return ids.map((id) => groups.get(id) ?? []);
    }),
  };
}

export type InvitationLoaders = ReturnType<typeof createInvitationLoaders>;
