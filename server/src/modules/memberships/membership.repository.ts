import DataLoader from 'dataloader';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { ROLE_PERMISSIONS, SCHOOL_ROLES, type SchoolRole } from '@school-invites/shared';
import type { Viewer } from '../../auth/viewer';
import { isUuid } from '../../database/ids';
import { escapeLike } from '../../database/like';
import type { PageQuery } from '../../database/pages';
import { MembershipEntity } from './membership.entity';

const MEMBERS_VIEW_ROLES = SCHOOL_ROLES.filter((role) =>
  ROLE_PERMISSIONS[role].includes('MEMBERS_VIEW'),
);

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
  page(schoolId: string, search: string | undefined, page: PageQuery): Promise<MembershipEntity[]> {
    return this.matching(schoolId, search)
      .andWhere(page.after ? 'm.seq < :after' : 'TRUE', { after: page.after })
      .orderBy('m.seq', 'DESC')
      .limit(page.first + 1)
      .getMany();
  }

  count(schoolId: string, search: string | undefined): Promise<number> {
    return this.matching(schoolId, search).getCount();
  }

  private matching(
    schoolId: string,
    search: string | undefined,
  ): SelectQueryBuilder<MembershipEntity> {
    const query = this.db
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where('m.schoolId = :schoolId', { schoolId });
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
  return {
    /** The viewer's role in each school; null where they are not a member. */
    viewerRole: new DataLoader<string, SchoolRole | null>(async (schoolIds) => {
      const roles = viewer
        ? await memberships.rolesOf(viewer.userId, schoolIds)
        : new Map<string, SchoolRole>();
      return schoolIds.map((id) => roles.get(id) ?? null);
    }),

    memberCount: new DataLoader<string, number>(async (schoolIds) => {
      const counts = await memberships.countBySchool(schoolIds);
      return schoolIds.map((id) => counts.get(id) ?? 0);
    }),

    /**
     * Who may see a person's email: the person themself, and whoever holds MEMBERS_VIEW in a
     * school the person belongs to.
     */
    viewerSeesEmailOf: new DataLoader<string, boolean>(async (userIds) => {
      if (!viewer) return userIds.map(() => false);
      const visible = await memberships.membersVisibleTo(viewer.userId, userIds);
      return userIds.map((id) => id === viewer.userId || visible.has(id));
    }),
  };
}

export type MembershipLoaders = ReturnType<typeof createMembershipLoaders>;
