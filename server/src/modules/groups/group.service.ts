import {
  GROUP_LEADER_ROLES,
  LEADER_MANAGED_MEMBER_ROLES,
  roleHasPermission,
  type GroupKind,
  type SchoolRole,
} from '@school-invites/shared';
import type { SchoolAccess } from '../../auth/access';
import { isUuid } from '../../database/ids';
import { countedPage, type CountedPage, type PageQuery } from '../../database/pages';
import type { Repositories } from '../../database/repositories';
import { badInput, conflict, forbidden, notFound } from '../../errors/app-error';
import { revoke } from '../invitations/invitation-writes';
import type { MembershipEntity } from '../memberships/membership.entity';
import type { GroupListQuery, GroupLoaders, GroupRow } from './group.repository';

export interface GroupDraft {
  schoolId: string;
  name: string;
  kind?: GroupKind | null;
  description?: string | null;
  capacity?: number | null;
  /** Memberships (TEACHER or above) who lead it. */
  leaderIds?: readonly string[] | null;
}

export interface GroupListOptions extends GroupListQuery {
  /** Only the groups the viewer leads ("My classes"). */
  ledByViewer?: boolean | null;
}

const isLeaderRole = (role: SchoolRole) =>
  (GROUP_LEADER_ROLES as readonly SchoolRole[]).includes(role);
const leaderMayManage = (role: SchoolRole) =>
  (LEADER_MANAGED_MEMBER_ROLES as readonly SchoolRole[]).includes(role);

/**
 * Classes, clubs and other groups of a school. Owners and admins (GROUPS_MANAGE) make, archive
 * and staff them; a group's leaders manage its students and the invitations into it.
 */
export class GroupService {
  constructor(private readonly repos: Repositories) {}

  /**
   * A group of one of the viewer's schools: NOT_FOUND outside it; FORBIDDEN for members who
   * may neither see every group (GROUPS_MANAGE, MEMBERS_VIEW) nor lead this one.
   */
  async findVisible(access: SchoolAccess, loaders: GroupLoaders, id: string): Promise<GroupRow> {
    access.requireViewer();
    const group = await loaders.group.load(id);
    if (!group || !(await access.roleIn(group.school_id))) throw notFound('group');
    if (await this.seesEveryGroup(access, group.school_id)) return group;
    if ((await access.groupsLed(group.school_id)).has(group.id)) return group;
    throw forbidden('view this group');
  }

  /** By name. Everyone who may see every group sees them all; a leader otherwise only theirs. */
  async list(
    access: SchoolAccess,
    schoolId: string,
    query: GroupListOptions & PageQuery,
  ): Promise<CountedPage<GroupRow>> {
    await access.requireMember(schoolId);
    const all = await this.seesEveryGroup(access, schoolId);
    const onlyLed = !all || Boolean(query.ledByViewer);
    const led = onlyLed ? await access.groupsLed(schoolId) : new Set<string>();
    if (!all && led.size === 0) throw forbidden('view groups');
    const filter: GroupListQuery & PageQuery = {
      ...query,
      onlyIds: onlyLed ? [...led] : undefined,
    };
    return countedPage(
      query.first,
      this.repos.groups.page(schoolId, filter),
      this.repos.groups.count(schoolId, filter),
    );
  }

  async create(access: SchoolAccess, draft: GroupDraft): Promise<GroupRow> {
    const viewer = access.requireViewer();
    if (!isUuid(draft.schoolId)) throw notFound('school');
    await access.require(draft.schoolId, 'GROUPS_MANAGE');
    const leaderIds = [...new Set(draft.leaderIds ?? [])];
    return this.repos.transaction(async (tx) => {
      await requireLeaders(tx, draft.schoolId, leaderIds);
      const group = await tx.groups.insert({
        schoolId: draft.schoolId,
        name: draft.name.trim(),
        kind: draft.kind ?? 'CLASS',
        description: draft.description?.trim() || null,
        capacity: draft.capacity ?? null,
        createdBy: viewer.userId,
      });
      if (!group)
        throw conflict('A group of this school already has that name. Choose another.', 'name');
      await tx.groups.replaceLeaders(group.id, leaderIds);
      await tx.audit.record([
        {
          schoolId: group.school_id,
          actorId: viewer.userId,
          action: 'group.created',
          targetType: 'group',
          targetId: group.id,
          detail: { name: group.name, kind: group.kind, capacity: group.capacity, leaderIds },
        },
      ]);
      return group;
    });
  }

  async setLeaders(
    access: SchoolAccess,
    loaders: GroupLoaders,
    groupId: string,
    leaderIds: readonly string[],
  ): Promise<GroupRow> {
    const viewer = access.requireViewer();
    const group = await this.findVisible(access, loaders, groupId);
    await access.require(group.school_id, 'GROUPS_MANAGE');
    const unique = [...new Set(leaderIds)];
    return this.repos.transaction(async (tx) => {
      const [live] = await tx.groups.lockLive(group.school_id, [group.id], 'update');
      if (!live) throw conflict('This group is archived; its leaders can no longer change.');
      await requireLeaders(tx, group.school_id, unique);
      await tx.groups.replaceLeaders(group.id, unique);
      await tx.audit.record([
        {
          schoolId: group.school_id,
          actorId: viewer.userId,
          action: 'group.leaders_changed',
          targetType: 'group',
          targetId: group.id,
          detail: { leaderIds: unique },
        },
      ]);
      return live;
    });
  }

  /**
   * Members stay in the school; every invitation into the group is revoked in the same
   * transaction, and no join into it can commit after this does. Archiving an archived group
   * returns it unchanged.
   */
  async archive(access: SchoolAccess, loaders: GroupLoaders, id: string): Promise<GroupRow> {
    const viewer = access.requireViewer();
    const group = await this.findVisible(access, loaders, id);
    await access.require(group.school_id, 'GROUPS_MANAGE');
    return this.repos.transaction(async (tx) => {
      const locked = (await tx.groups.lockForArchive(id))!;
      if (locked.archived_at) return locked;
      const archived = await tx.groups.archive(id, viewer.userId);
      const invitationIds = await tx.groups.unrevokedInvitationIds(id);
      const revoked = await revoke(tx, group.school_id, invitationIds, viewer.userId);
      await tx.audit.record([
        {
          schoolId: group.school_id,
          actorId: viewer.userId,
          action: 'group.archived',
          targetType: 'group',
          targetId: id,
          detail: { revokedInvitations: revoked.length },
        },
      ]);
      return archived;
    });
  }

  /**
   * All of `membershipIds` or none. A leader without GROUPS_MANAGE adds students only. The
   * capacity holds here as it does for joins: under the group's lock.
   */
  async addMembers(
    access: SchoolAccess,
    loaders: GroupLoaders,
    groupId: string,
    membershipIds: readonly string[],
  ): Promise<GroupRow> {
    return this.changeMembers(access, loaders, groupId, membershipIds, 'add');
  }

  async removeMembers(
    access: SchoolAccess,
    loaders: GroupLoaders,
    groupId: string,
    membershipIds: readonly string[],
  ): Promise<GroupRow> {
    return this.changeMembers(access, loaders, groupId, membershipIds, 'remove');
  }

  /** Whether the viewer may manage the group's members and invitations. */
  async canManage(access: SchoolAccess, group: { id: string; schoolId: string }) {
    return access.canOrLeads(group.schoolId, 'GROUPS_MANAGE', [group.id]);
  }

  /** Most recently added first. Requires MEMBERS_VIEW, or leading the group. */
  async listMembers(
    access: SchoolAccess,
    group: { id: string; schoolId: string },
    query: PageQuery & { search?: string | null },
  ): Promise<CountedPage<MembershipEntity>> {
    await access.requireOrLeading(group.schoolId, 'MEMBERS_VIEW', [group.id]);
    const search = query.search?.trim() || undefined;
    return countedPage(
      query.first,
      this.repos.groups.membersPage(group.id, search, query),
      this.repos.groups.membersCount(group.id, search),
    );
  }

  private async seesEveryGroup(access: SchoolAccess, schoolId: string): Promise<boolean> {
    return (
      (await access.can(schoolId, 'GROUPS_MANAGE')) || (await access.can(schoolId, 'MEMBERS_VIEW'))
    );
  }

  private async changeMembers(
    access: SchoolAccess,
    loaders: GroupLoaders,
    groupId: string,
    membershipIds: readonly string[],
    change: 'add' | 'remove',
  ): Promise<GroupRow> {
    const viewer = access.requireViewer();
    const group = await this.findVisible(access, loaders, groupId);
    const role = await access.requireOrLeading(group.school_id, 'GROUPS_MANAGE', [group.id]);
    const asLeader = !roleHasPermission(role, 'GROUPS_MANAGE');
    const unique = [...new Set(membershipIds)];

    return this.repos.transaction(async (tx) => {
      const [live] = await tx.groups.lockLive(group.school_id, [group.id], 'update');
      if (!live) throw conflict('This group is archived; its members can no longer change.');
      const members = await tx.groups.membersOfSchool(group.school_id, unique);
      if (members.length !== unique.length)
        throw badInput('membershipIds', 'names someone who is not a member of this school');
      if (asLeader && !members.every((member) => leaderMayManage(member.role)))
        throw forbidden("add or remove staff in a group (a class's leader manages its students)");

      let changed: string[];
      if (change === 'add') {
        const already = await tx.groups.alreadyMembers(group.id, unique);
        const joining = unique.filter((id) => !already.has(id));
        if (live.capacity !== null) {
          const left = live.capacity - (await tx.groups.memberCount(group.id));
          if (joining.length > left)
            throw conflict(
              `${live.name} has ${Math.max(left, 0)} place${left === 1 ? '' : 's'} left; ${joining.length} would join.`,
              'membershipIds',
            );
        }
        changed = await tx.groups.addMembers(group.id, joining);
      } else {
        changed = await tx.groups.removeMembers(group.id, unique);
      }
      if (changed.length)
        await tx.audit.record([
          {
            schoolId: group.school_id,
            actorId: viewer.userId,
            action: change === 'add' ? 'group.members_added' : 'group.members_removed',
            targetType: 'group',
            targetId: group.id,
            detail: { membershipIds: changed },
          },
        ]);
      loaders.groupMemberCount.clear(group.id);
      return live;
    });
  }
}

/** Leaders must be members of the school who are TEACHER or above. */
async function requireLeaders(
  tx: Repositories,
  schoolId: string,
  leaderIds: readonly string[],
): Promise<void> {
  if (leaderIds.length === 0) return;
  const members = await tx.groups.membersOfSchool(schoolId, leaderIds);
  if (members.length !== leaderIds.length || !members.every((member) => isLeaderRole(member.role)))
    throw badInput(
      'leaderIds',
      'each leader must be a member of this school who is a teacher, an admin or the owner',
    );
}
