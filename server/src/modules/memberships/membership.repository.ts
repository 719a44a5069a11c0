import DataLoader from 'dataloader';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { ROLE_PERMISSIONS, SCHOOL_ROLES, type SchoolRole } from '@school-invites/shared';
import type { Viewer } from '../../auth/viewer';
import { isUuid } from '../../database/ids';
import { escapeLike } from '../../database/like';
import type { PageQuery } from '../../database/pages';
import { KnownValuesLoader } from '../../graphql/known-values-loader';
import { MembershipEntity } from './membership.entity';

const MEMBERS_VIEW_ROLES = SCHOOL_ROLES.filter((role) =>
  ROLE_PERMISSIONS[role].includes('MEMBERS_VIEW'),
);

export interface MembershipRow {
  id: string;
  user_id: string;
  role: SchoolRole;
}

export interface SchoolBlockRow {
  user_id: string;
  seq: string;
  blocked_at: Date;
  blocked_by: string | null;
  reason: string | null;
}

interface MembershipDbRow {
  id: string;
  seq: string;
  school_id: string;
  user_id: string;
  role: SchoolRole;
  joined_at: Date;
  invitation_id: string | null;
}

export interface NewMembership {
  schoolId: string;
  userId: string;
  role: SchoolRole;
}

/** Every statement about who belongs to which school, and with which role. */
export class MembershipRepository {
  constructor(private readonly db: EntityManager) {}

  find(schoolId: string, userId: string): Promise<MembershipEntity | null> {
    return this.db.getRepository(MembershipEntity).findOneBy({ schoolId, userId });
  }

  insert(membership: NewMembership): Promise<MembershipEntity> {
    const memberships = this.db.getRepository(MembershipEntity);
    return memberships.save(memberships.create(membership));
  }

  /** Memberships of the school among `ids`, locked until the transaction ends. */
  lockInSchool(schoolId: string, ids: readonly string[]): Promise<MembershipRow[]> {
    return this.db.query(
      `SELECT id, user_id, role FROM memberships WHERE school_id = $1 AND id = ANY($2) ORDER BY id FOR UPDATE`,
      [schoolId, ids.filter(isUuid)],
    );
  }

  async findById(id: string): Promise<MembershipEntity | null> {
    if (!isUuid(id)) return null;
    return this.db.getRepository(MembershipEntity).findOneBy({ id });
  }

  async setRole(id: string, role: SchoolRole): Promise<void> {
    await this.db.query(`UPDATE memberships SET role = $2 WHERE id = $1`, [id, role]);
  }

  /**
   * Removes memberships (their group places and leaderships go with them; invitations,
   * redemptions and audit events stay). Returns who they were.
   */
  remove(schoolId: string, ids: readonly string[]): Promise<MembershipRow[]> {
    return this.db.query(
      `WITH removed AS (
         DELETE FROM memberships WHERE school_id = $1 AND id = ANY($2) RETURNING id, user_id, role)
       SELECT * FROM removed`,
      [schoolId, ids],
    );
  }

  async block(
    schoolId: string,
    userIds: readonly string[],
    actorId: string,
    reason: string | null,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO school_blocks (school_id, user_id, blocked_by, reason)
       SELECT $1, u, $3, $4 FROM unnest($2::uuid[]) AS u ORDER BY u
       ON CONFLICT (school_id, user_id) DO UPDATE SET blocked_by = EXCLUDED.blocked_by, reason = EXCLUDED.reason, blocked_at = now()`,
      [schoolId, userIds, actorId, reason],
    );
  }

  async isBlocked(schoolId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM school_blocks WHERE school_id = $1 AND user_id = $2`,
      [schoolId, userId],
    );
    return rows.length > 0;
  }

  /** True when the user was blocked. */
  async unblock(schoolId: string, userId: string): Promise<boolean> {
    if (!isUuid(userId)) return false;
    const rows: unknown[] = await this.db.query(
      `WITH unblocked AS (
         DELETE FROM school_blocks WHERE school_id = $1 AND user_id = $2 RETURNING user_id)
       SELECT user_id FROM unblocked`,
      [schoolId, userId],
    );
    return rows.length > 0;
  }

  /** Newest blocks first. */
  blocksPage(schoolId: string, page: PageQuery): Promise<SchoolBlockRow[]> {
    return this.db.query(
      // Ordered by the column: a bare `seq` would be the text one selected, where 100 < 99.
      `SELECT user_id, seq::text AS seq, blocked_at, blocked_by, reason FROM school_blocks
        WHERE school_id = $1 ${page.after ? 'AND seq < $3' : ''} ORDER BY school_blocks.seq DESC LIMIT $2`,
      page.after ? [schoolId, page.first + 1, page.after] : [schoolId, page.first + 1],
    );
  }

  async blocksCount(schoolId: string): Promise<number> {
    const [row] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM school_blocks WHERE school_id = $1`,
      [schoolId],
    );
    return row!.n;
  }

  /** Each (school, user)'s membership, where it exists. */
  async findBySchoolAndUser(
    pairs: readonly { schoolId: string; userId: string }[],
  ): Promise<MembershipEntity[]> {
    const rows: MembershipDbRow[] = await this.db.query(
      `SELECT m.id, m.seq::text AS seq, m.school_id, m.user_id, m.role, m.joined_at, m.invitation_id
         FROM memberships m JOIN unnest($1::uuid[], $2::uuid[]) AS p(s, u) ON m.school_id = p.s AND m.user_id = p.u`,
      [pairs.map((p) => p.schoolId), pairs.map((p) => p.userId)],
    );
    return rows.map((row) => ({
      id: row.id,
      seq: row.seq,
      schoolId: row.school_id,
      userId: row.user_id,
      role: row.role,
      joinedAt: row.joined_at,
      invitationId: row.invitation_id,
    }));
  }

  async rolesOf(userId: string, schoolIds: readonly string[]): Promise<Map<string, SchoolRole>> {
    const valid = schoolIds.filter(isUuid);
    if (!valid.length) return new Map();
    const rows: { school_id: string; role: SchoolRole }[] = await this.db.query(
      `SELECT school_id, role FROM memberships WHERE user_id = $1 AND school_id = ANY($2)`,
      [userId, valid],
    );
    return new Map(rows.map((row) => [row.school_id, row.role]));
  }

  async countBySchool(schoolIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { school_id: string; n: number }[] = await this.db.query(
      `SELECT school_id, count(*)::int AS n FROM memberships WHERE school_id = ANY($1) GROUP BY school_id`,
      [schoolIds],
    );
    return new Map(rows.map((row) => [row.school_id, row.n]));
  }

  /** Of `userIds`, those who share a school with `viewerId` where the viewer holds MEMBERS_VIEW. */
  async membersVisibleTo(viewerId: string, userIds: readonly string[]): Promise<Set<string>> {
    const rows: { user_id: string }[] = await this.db.query(
      `SELECT DISTINCT them.user_id
         FROM memberships me
         JOIN memberships them ON them.school_id = me.school_id
        WHERE me.user_id = $1 AND me.role = ANY($2) AND them.user_id = ANY($3)`,
      [viewerId, MEMBERS_VIEW_ROLES, userIds],
    );
    return new Set(rows.map((row) => row.user_id));
  }

  /** Newest members first; `search` matches part of a member's name or email. */
  page(
    schoolId: string,
    search: string | undefined,
    page: PageQuery,
    roles?: readonly SchoolRole[] | null,
  ): Promise<MembershipEntity[]> {
    return this.matching(schoolId, search, roles)
      .andWhere(page.after ? 'm.seq < :after' : 'TRUE', { after: page.after })
      .orderBy('m.seq', 'DESC')
      .limit(page.first + 1)
      .getMany();
  }

  count(
    schoolId: string,
    search: string | undefined,
    roles?: readonly SchoolRole[] | null,
  ): Promise<number> {
    return this.matching(schoolId, search, roles).getCount();
  }

  private matching(
    schoolId: string,
    search: string | undefined,
    roles?: readonly SchoolRole[] | null,
  ): SelectQueryBuilder<MembershipEntity> {
    const query = this.db
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where('m.schoolId = :schoolId', { schoolId });
    if (roles?.length) query.andWhere('m.role IN (:...roles)', { roles });
    if (!search) return query;
    return query
      .innerJoin('users', 'u', 'u.id = m.userId')
      .andWhere(
        "(lower(u.name) LIKE '%' || lower(:term) || '%' OR lower(u.email) LIKE '%' || lower(:term) || '%')",
        {
          term: escapeLike(search),
        },
      );
  }
}

/** Per request: the viewer's standing in each school, and how many members schools have. */
export function createMembershipLoaders(memberships: MembershipRepository, viewer: Viewer | null) {
  /** The viewer's role in each school; null where they are not a member. */
  const viewerRole = new KnownValuesLoader<string, SchoolRole | null>(async (schoolIds) => {
    const roles = viewer
      ? await memberships.rolesOf(viewer.userId, schoolIds)
      : new Map<string, SchoolRole>();
    return schoolIds.map((id) => roles.get(id) ?? null);
  });
  for (const [schoolId, role] of viewer?.roles ?? []) viewerRole.prime(schoolId, role);
  return {
    viewerRole,

    memberCount: new DataLoader<string, number>(async (schoolIds) => {
      const counts = await memberships.countBySchool(schoolIds);
      return schoolIds.map((id) => counts.get(id) ?? 0);
    }),

    /**
     * Who may see a person's email: the person themself, and whoever holds MEMBERS_VIEW in a
     * school the person belongs to.
     */
    /** A person's membership of a school, keyed `<schoolId>:<userId>`; null once they left. */
    membershipOf: new DataLoader<string, MembershipEntity | null>(async (keys) => {
      const pairs = keys.map((key) => {
        const [schoolId, userId] = key.split(':') as [string, string];
        return { schoolId, userId };
      });
      const found = await memberships.findBySchoolAndUser(pairs);
      return pairs.map(
        ({ schoolId, userId }) =>
          found.find((m) => m.schoolId === schoolId && m.userId === userId) ?? null,
      );
    }),

    viewerSeesEmailOf: new DataLoader<string, boolean>(async (userIds) => {
      if (!viewer) return userIds.map(() => false);
      const visible = await memberships.membersVisibleTo(viewer.userId, userIds);
      return userIds.map((id) => id === viewer.userId || visible.has(id));
    }),
  };
}

export type MembershipLoaders = ReturnType<typeof createMembershipLoaders>;
