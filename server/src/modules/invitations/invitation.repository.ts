import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { readRows } from '../../database/statements';
import {
  normalizeInviteCode,
  type InvitationStatus,
  type SchoolRole,
} from '@school-invites/shared';
import { inOrderOf, isUuid } from '../../database/ids';
import { escapeLike } from '../../database/like';
import { UserEntity } from '../users/user.entity';
import { tokenFromInput } from './credentials';

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

/** A page of a school's invitations, newest first; `after` is the `seq` of the last row seen. */
export interface InvitationListQuery {
  first: number;
  after?: string | null;
  search?: string | null;
  status?: InvitationStatus | null;
  /** Only invitations that join this group. */
  groupId?: string | null;
  /** Only invitations made together in this batch. */
  batchId?: string | null;
  /**
   * Only invitations whose every group is one of these (and that join at least one): what a
   * group leader without INVITATIONS_VIEW sees.
   */
  withinGroups?: readonly string[] | null;
  /** Only invitations this user created. */
  createdBy?: string | null;
  /** Only invitations whose creator is no longer staff here (left, removed, or below TEACHER). */
  createdByFormerStaff?: boolean | null;
}

export interface Statement {
  text: string;
  params: unknown[];
}

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

const COLUMNS = `i.id, i.seq::text AS seq, i.school_id, i.token, i.code, i.role, i.label,
  i.created_by, i.created_at, i.expires_at, i.max_uses, i.use_count, i.last_used_at, i.revoked_at,
  i.revoked_by, i.replaces_id, i.batch_id, i.allowed_email_domains, ${INVITATION_STATUS} AS status`;

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
      { planPerValues: Boolean(query.search?.trim()) },
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

/**
 * The SQL of one page of a school's invitations, newest first, and of its total. Built in one
 * place so the plan tests EXPLAIN exactly what the API runs. Parameters are sent unnamed, so
 * PostgreSQL plans each call for its actual values (a generic plan for a search was measured
 * 100x slower).
 */
export function invitationListSql(
  schoolId: string,
  query: InvitationListQuery,
): { page: Statement; count: Statement } {
  const page = statement(schoolId, query, true);
  const count = statement(schoolId, query, false);
  return { page, count };
}

/**
 * One page (`paged`: from the cursor, limited, with creators) or the total of the list. Each
 * numbers its own parameters: the count has no cursor and no limit.
 */
function statement(schoolId: string, query: InvitationListQuery, paged: boolean): Statement {
  const params: unknown[] = [schoolId];
  const param = (value: unknown) => `$${params.push(value)}`;
  const limit = paged ? param(query.first + 1) : null;
  const where = ['i.school_id = $1'];
  if (query.status) where.push(STATUS_FILTER_SQL[query.status]);
  if (query.groupId)
    where.push(
      `i.id IN (SELECT ig.invitation_id FROM invitation_groups ig WHERE ig.group_id = ${param(query.groupId)})`,
    );
  if (query.batchId) where.push(`i.batch_id = ${param(query.batchId)}`);
  if (query.createdBy) where.push(`i.created_by = ${param(query.createdBy)}`);
  if (query.createdByFormerStaff)
    where.push(
      `NOT EXISTS (SELECT 1 FROM memberships staff WHERE staff.school_id = i.school_id
         AND staff.user_id = i.created_by AND staff.role IN ('OWNER', 'ADMIN', 'TEACHER'))`,
    );
  if (query.withinGroups) {
    const led = param(query.withinGroups);
    where.push(
      `EXISTS (SELECT 1 FROM invitation_groups ig WHERE ig.invitation_id = i.id)
       AND NOT EXISTS (SELECT 1 FROM invitation_groups ig WHERE ig.invitation_id = i.id AND ig.group_id <> ALL(${led}::uuid[]))`,
    );
  }
  if (paged && query.after) where.push(`i.seq < ${param(query.after)}`);
  const filter = where.join(' AND ');
  const term = query.search?.trim();

  if (!term) {
    return paged
      ? {
          text: withCreators(
            `SELECT ${COLUMNS}, i.seq AS position FROM invitations i WHERE ${filter} ORDER BY i.seq DESC LIMIT ${limit}`,
          ),
          params,
        }
      : { text: `SELECT count(*)::int AS n FROM invitations i WHERE ${filter}`, params };
  }

  const arms = searchArms(term, param);
  if (!paged) {
    const matches = arms.map((arm) => `SELECT i.id FROM invitations i WHERE ${filter} AND ${arm}`);
    return {
      text: `SELECT count(*)::int AS n FROM (${matches.join(' UNION ')}) matches`,
      params,
    };
  }
  const pageArms = arms.map(
    (arm) =>
      `(SELECT ${COLUMNS}, i.seq AS position FROM invitations i WHERE ${filter} AND ${arm} ORDER BY i.seq DESC LIMIT ${limit})`,
  );
  return {
    text: withCreators(
      `SELECT * FROM (${pageArms.join(' UNION ')}) i ORDER BY i.position DESC LIMIT ${limit}`,
    ),
    params,
  };
}

/**
 * Joins each row of an already limited page to its creator, so a page and the people who made it
 * cost one round trip; the limit comes first, so a common search joins 21 rows, not every match.
 */
function withCreators(page: string): string {
  return `SELECT p.*, u.name AS creator_name, u.email AS creator_email, u.created_at AS creator_created_at
    FROM (${page}) p JOIN users u ON u.id = p.created_by ORDER BY p.position DESC`;
}

/**
 * `search` matches, case-insensitively, part of the creator's name, part of the code (typed with
 * or without dashes and spaces), or part of a pasted link or token. Wildcards in the term are
 * literal. Each arm is run as its own ordered, limited query and the results merged, so
 * PostgreSQL can pick per arm between an index look-up (rare terms: trigram GIN for names, codes
 * and tokens, a case-folded prefix b-tree for the start of a token) and walking the school's
 * newest rows (common terms), instead of scanning the school for an OR it cannot index.
 */
function searchArms(term: string, param: (value: unknown) => string): string[] {
  const arms: string[] = [];

  // Trigram indexes cannot narrow a term of one or two characters; reading them whole was
  // measured slower than walking the school's newest rows, so short terms use strpos(), which
  // PostgreSQL can only answer that way.
  const lower = term.toLowerCase();
  arms.push(
    lower.length < 3
      ? `i.created_by IN (SELECT u.id FROM users u WHERE strpos(lower(u.name), ${param(lower)}) > 0)`
      : `i.created_by IN (SELECT u.id FROM users u WHERE lower(u.name) LIKE ${param(`%${escapeLike(lower)}%`)})`,
  );

  const code = normalizeInviteCode(term);
  if (/^[A-Z0-9]+$/.test(code)) {
    arms.push(
      code.length < 3 ? `strpos(i.code, ${param(code)}) > 0` : `i.code LIKE ${param(`%${code}%`)}`,
    );
  }

  // A piece of 6 or more characters may come from anywhere in a link (quoted cut at both ends).
  // Shorter ones match only the start of a token: from anywhere, a short name or code typed into
  // the same box would also bring up random links that happen to contain it (4 letters: some 20
  // in a million tokens; 6 letters: 1 in 50 million).
  const token = tokenFromInput(term);
  if (/^[A-Za-z0-9_-]+$/.test(token)) {
    const piece = escapeLike(token.toLowerCase());
    arms.push(`lower(i.token) LIKE ${param(token.length < 6 ? `${piece}%` : `%${piece}%`)}`);
  }
  return arms;
}
