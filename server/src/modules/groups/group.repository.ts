import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { GroupKind, SchoolRole } from '@school-invites/shared';
import type { Viewer } from '../../auth/viewer';
import { inOrderOf, isUuid } from '../../database/ids';
import { escapeLike } from '../../database/like';
import type { PageQuery } from '../../database/pages';
import type { MembershipEntity } from '../memberships/membership.entity';

export interface GroupRow {
  id: string;
  seq: string;
  school_id: string;
  name: string;
  kind: GroupKind;
  description: string | null;
  capacity: number | null;
  created_by: string;
  created_at: Date;
  archived_at: Date | null;
  archived_by: string | null;
}

export interface NewGroup {
  schoolId: string;
  name: string;
  kind: GroupKind;
  description: string | null;
  capacity: number | null;
  createdBy: string;
}

/** A page of a school's groups, by name; `after` is the `seq` of the last group seen. */
export interface GroupListQuery extends PageQuery {
  search?: string | null;
  includeArchived?: boolean;
  /** Only these groups (the ones a leader leads); undefined for all. */
  onlyIds?: readonly string[];
}

/** A member of a school as a candidate for a group: to lead it, or to be added to it. */
export interface SchoolMemberRow {
  id: string;
  user_id: string;
  role: SchoolRole;
}

const COLUMNS = `g.id, g.seq::text AS seq, g.school_id, g.name, g.kind, g.description, g.capacity,
  g.created_by, g.created_at, g.archived_at, g.archived_by`;

/**
 * Lock order, everywhere: groups (in id order) before invitations. redeem_invitation_into_groups()
 * takes them the same way, so archiving, adding members and joining never deadlock.
 */
export class GroupRepository {
  constructor(private readonly db: EntityManager) {}

  async findByIds(ids: readonly string[]): Promise<GroupRow[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return this.db.query(`SELECT ${COLUMNS} FROM groups g WHERE g.id = ANY($1)`, [valid]);
  }

  /** Undefined when a live group of the school already has that name (case-insensitively). */
  async insert(group: NewGroup): Promise<GroupRow | undefined> {
    const [row] = await this.db.query<GroupRow[]>(
      `WITH g AS (
         INSERT INTO groups (school_id, name, kind, description, capacity, created_by)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (school_id, lower(name)) WHERE archived_at IS NULL DO NOTHING RETURNING *)
       SELECT ${COLUMNS} FROM g`,
      [group.schoolId, group.name, group.kind, group.description, group.capacity, group.createdBy],
    );
    return row;
  }

  /**
   * Locks the school's live groups among `ids` and returns them. `share` (creating invitations
   * into them) lets joins go on but holds off archiving; `update` (adding members) queues behind
   * joins and archiving. An archived group is not returned, even one archived while this waited.
   */
  lockLive(
    schoolId: string,
    ids: readonly string[],
    mode: 'share' | 'update',
  ): Promise<GroupRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM groups g
        WHERE g.school_id = $1 AND g.id = ANY($2) AND g.archived_at IS NULL
        ORDER BY g.id FOR ${mode === 'share' ? 'KEY SHARE' : 'NO KEY UPDATE'}`,
      [schoolId, ids.filter(isUuid)],
    );
  }

  /** Locks the group against every join and change until the transaction ends. */
  async lockForArchive(id: string): Promise<GroupRow | undefined> {
    const [row] = await this.db.query<GroupRow[]>(
      `SELECT ${COLUMNS} FROM groups g WHERE g.id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  async archive(id: string, actorId: string): Promise<GroupRow> {
    const [row] = await this.db.query<GroupRow[]>(
      `WITH g AS (
         UPDATE groups SET archived_at = clock_timestamp(), archived_by = $2
          WHERE id = $1 AND archived_at IS NULL RETURNING *)
       SELECT ${COLUMNS} FROM g`,
      [id, actorId],
    );
    return row!;
  }

  /** The invitations into the group that are not revoked yet. */
  async unrevokedInvitationIds(groupId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT i.id FROM invitation_groups ig JOIN invitations i ON i.id = ig.invitation_id
        WHERE ig.group_id = $1 AND i.revoked_at IS NULL ORDER BY i.id`,
      [groupId],
    );
    return rows.map((row) => row.id);
  }

  /** Members of the school among `membershipIds`. */
  membersOfSchool(schoolId: string, membershipIds: readonly string[]): Promise<SchoolMemberRow[]> {
    return this.db.query(
      `SELECT id, user_id, role FROM memberships WHERE school_id = $1 AND id = ANY($2)`,
      [schoolId, membershipIds.filter(isUuid)],
    );
  }

  async replaceLeaders(groupId: string, membershipIds: readonly string[]): Promise<void> {
    await this.db.query(
      `DELETE FROM group_leaders WHERE group_id = $1 AND membership_id <> ALL($2::uuid[])`,
      [groupId, membershipIds],
    );
    await this.db.query(
      `INSERT INTO group_leaders (group_id, membership_id)
       SELECT $1, m FROM unnest($2::uuid[]) AS m ORDER BY m ON CONFLICT DO NOTHING`,
      [groupId, membershipIds],
    );
  }

  /** Ends every leadership of the membership (when it drops below TEACHER); returns the groups. */
  async endLeaderships(membershipId: string): Promise<string[]> {
    const rows: { group_id: string }[] = await this.db.query(
      `WITH ended AS (DELETE FROM group_leaders WHERE membership_id = $1 RETURNING group_id)
       SELECT group_id FROM ended`,
      [membershipId],
    );
    return rows.map((row) => row.group_id);
  }

  /** How many members the group has. Under the group's lock, the count cannot move. */
  async memberCount(groupId: string): Promise<number> {
    const [row] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM group_members WHERE group_id = $1`,
      [groupId],
    );
    return row!.n;
  }

  /** Adds those of `membershipIds` not in the group yet; returns the ones added. */
  async addMembers(groupId: string, membershipIds: readonly string[]): Promise<string[]> {
    const rows: { membership_id: string }[] = await this.db.query(
      `INSERT INTO group_members (group_id, membership_id)
       SELECT $1, m FROM unnest($2::uuid[]) AS m ORDER BY m
       ON CONFLICT DO NOTHING RETURNING membership_id`,
      [groupId, membershipIds],
    );
    return rows.map((row) => row.membership_id);
  }

  /** Of `membershipIds`, those already in the group. */
  async alreadyMembers(groupId: string, membershipIds: readonly string[]): Promise<Set<string>> {
    const rows: { membership_id: string }[] = await this.db.query(
      `SELECT membership_id FROM group_members WHERE group_id = $1 AND membership_id = ANY($2)`,
      [groupId, membershipIds],
    );
    return new Set(rows.map((row) => row.membership_id));
  }

  async removeMembers(groupId: string, membershipIds: readonly string[]): Promise<string[]> {
    const rows: { membership_id: string }[] = await this.db.query(
      `WITH removed AS (
         DELETE FROM group_members WHERE group_id = $1 AND membership_id = ANY($2) RETURNING membership_id)
       SELECT membership_id FROM removed`,
      [groupId, membershipIds],
    );
    return rows.map((row) => row.membership_id);
  }

  /** `first + 1` groups by name (then age); `after` continues after the group with that seq. */
  page(schoolId: string, query: GroupListQuery): Promise<GroupRow[]> {
    const { where, params } = groupFilter(schoolId, query);
    if (query.after) {
      params.push(query.after);
      where.push(
        `(lower(g.name), g.seq) > (SELECT lower(a.name), a.seq FROM groups a WHERE a.seq = $${params.length} AND a.school_id = $1)`,
      );
    }
    params.push(query.first + 1);
    return this.db.query(
      `SELECT ${COLUMNS} FROM groups g WHERE ${where.join(' AND ')}
        ORDER BY lower(g.name), g.seq LIMIT $${params.length}`,
      params,
    );
  }

  async count(schoolId: string, query: GroupListQuery): Promise<number> {
    const { where, params } = groupFilter(schoolId, query);
    const [row] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM groups g WHERE ${where.join(' AND ')}`,
      params,
    );
    return row!.n;
  }

  /** A group's members, most recently added first; `seq` is the position in the group, not in the school. */
  membersPage(
    groupId: string,
    search: string | undefined,
    page: PageQuery,
  ): Promise<MembershipEntity[]> {
    const params: unknown[] = [groupId, page.first + 1];
    const where = ['gm.group_id = $1'];
    if (page.after) where.push(`gm.seq < $${params.push(page.after)}`);
    if (search) where.push(memberSearch(params, search));
    return this.db
      .query<MemberRow[]>(
        `SELECT m.id, gm.seq::text AS position, m.school_id, m.user_id, m.role,
                m.joined_at, m.invitation_id
           FROM group_members gm JOIN memberships m ON m.id = gm.membership_id
           ${search ? 'JOIN users u ON u.id = m.user_id' : ''}
          WHERE ${where.join(' AND ')} ORDER BY gm.seq DESC LIMIT $2`,
        params,
      )
      .then((rows) => rows.map(toMemberEntity));
  }

  async membersCount(groupId: string, search: string | undefined): Promise<number> {
    const params: unknown[] = [groupId];
    const where = ['gm.group_id = $1'];
    if (search) where.push(memberSearch(params, search));
    const [row] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM group_members gm
         ${search ? 'JOIN memberships m ON m.id = gm.membership_id JOIN users u ON u.id = m.user_id' : ''}
        WHERE ${where.join(' AND ')}`,
      params,
    );
    return row!.n;
  }

  async memberCounts(groupIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { group_id: string; n: number }[] = await this.db.query(
      `SELECT group_id, count(*)::int AS n FROM group_members WHERE group_id = ANY($1) GROUP BY group_id`,
      [groupIds],
    );
    return new Map(rows.map((row) => [row.group_id, row.n]));
  }

  /** The users who lead each group, by name. */
  async leadersOf(
    groupIds: readonly string[],
  ): Promise<{ group_id: string; user_id: string; membership_id: string }[]> {
    return this.db.query(
      `SELECT gl.group_id, m.user_id, m.id AS membership_id FROM group_leaders gl
         JOIN memberships m ON m.id = gl.membership_id JOIN users u ON u.id = m.user_id
        WHERE gl.group_id = ANY($1) ORDER BY lower(u.name), u.id`,
      [groupIds],
    );
  }

  /** The live groups each membership belongs to, by name. */
  async groupsOfMemberships(
    membershipIds: readonly string[],
  ): Promise<(GroupRow & { membership_id: string })[]> {
    return this.db.query(
      `SELECT gm.membership_id, ${COLUMNS} FROM group_members gm JOIN groups g ON g.id = gm.group_id
        WHERE gm.membership_id = ANY($1) AND g.archived_at IS NULL ORDER BY lower(g.name), g.seq`,
      [membershipIds],
    );
  }

  /** The live groups each membership leads, by name. */
  async ledByMemberships(
    membershipIds: readonly string[],
  ): Promise<(GroupRow & { membership_id: string })[]> {
    return this.db.query(
      `SELECT gl.membership_id, ${COLUMNS} FROM group_leaders gl JOIN groups g ON g.id = gl.group_id
        WHERE gl.membership_id = ANY($1) AND g.archived_at IS NULL ORDER BY lower(g.name), g.seq`,
      [membershipIds],
    );
  }

  /** The live groups the user leads in each of `schoolIds`. */
  async ledBy(
    userId: string,
    schoolIds: readonly string[],
  ): Promise<{ school_id: string; group_id: string }[]> {
    return this.db.query(
      `SELECT g.school_id, g.id AS group_id
         FROM memberships m JOIN group_leaders gl ON gl.membership_id = m.id JOIN groups g ON g.id = gl.group_id
        WHERE m.user_id = $1 AND m.school_id = ANY($2) AND g.archived_at IS NULL`,
      [userId, schoolIds.filter(isUuid)],
    );
  }
}

interface MemberRow {
  id: string;
  position: string;
  school_id: string;
  user_id: string;
  role: SchoolRole;
  joined_at: Date;
  invitation_id: string | null;
}

function toMemberEntity(row: MemberRow): MembershipEntity {
  return {
    id: row.id,
    seq: row.position,
    schoolId: row.school_id,
    userId: row.user_id,
    role: row.role,
    joinedAt: row.joined_at,
    invitationId: row.invitation_id,
  };
}

function memberSearch(params: unknown[], search: string): string {
  const n = params.push(`%${escapeLike(search.toLowerCase())}%`);
  return `(lower(u.name) LIKE $${n} OR lower(u.email) LIKE $${n})`;
}

function groupFilter(schoolId: string, query: GroupListQuery) {
  const params: unknown[] = [schoolId];
  const where = ['g.school_id = $1'];
  if (!query.includeArchived) where.push('g.archived_at IS NULL');
  if (query.onlyIds) where.push(`g.id = ANY($${params.push(query.onlyIds)})`);
  const term = query.search?.trim().toLowerCase();
  if (term) where.push(`strpos(lower(g.name), $${params.push(term)}) > 0`);
  return { where, params };
}

/** Per request: groups by id, their member counts and leaders, members' groups, and what the viewer leads. */
export function createGroupLoaders(groups: GroupRepository, viewer: Viewer | null) {
  return {
    group: new DataLoader<string, GroupRow | null>(async (ids) =>
      inOrderOf(ids, await groups.findByIds(ids)),
    ),
    groupMemberCount: new DataLoader<string, number>(async (ids) => {
      const counts = await groups.memberCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    groupLeaders: new DataLoader<string, { user_id: string; membership_id: string }[]>(
      async (ids) => {
        const rows = await groups.leadersOf(ids);
        return ids.map((id) => rows.filter((row) => row.group_id === id));
      },
    ),
    membershipGroups: new DataLoader<string, GroupRow[]>(async (ids) => {
      const rows = await groups.groupsOfMemberships(ids);
      return ids.map((id) => rows.filter((row) => row.membership_id === id));
    }),
    membershipLedGroups: new DataLoader<string, GroupRow[]>(async (ids) => {
      const rows = await groups.ledByMemberships(ids);
      return ids.map((id) => rows.filter((row) => row.membership_id === id));
    }),
    /** The live groups the viewer leads, per school. */
    viewerLedGroups: new DataLoader<string, ReadonlySet<string>>(async (schoolIds) => {
      const rows = viewer ? await groups.ledBy(viewer.userId, schoolIds) : [];
      return schoolIds.map(
        (id) => new Set(rows.filter((row) => row.school_id === id).map((row) => row.group_id)),
      );
    }),
  };
}

export type GroupLoaders = ReturnType<typeof createGroupLoaders>;
