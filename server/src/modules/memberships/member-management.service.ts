import { GROUP_LEADER_ROLES, roleRank, type SchoolRole } from '@school-invites/shared';
import type { SchoolAccess } from '../../auth/access';
import { isUuid } from '../../database/ids';
import { countedPage, type CountedPage, type PageQuery } from '../../database/pages';
import type { Repositories } from '../../database/repositories';
import { badInput, conflict, forbidden, notFound } from '../../errors/app-error';
import type { MembershipEntity } from './membership.entity';
import type { MembershipLoaders, SchoolBlockRow } from './membership.repository';

const leads = (role: SchoolRole) => (GROUP_LEADER_ROLES as readonly SchoolRole[]).includes(role);

/**
 * Changing who belongs to a school and how: roles, removal (with a block that stops the person
 * joining again), leaving, and handing the school to a new owner. Removal and blocking lock the
 * school's row, as pausing does, so a join through any invitation cannot slip past them.
 * Removing members never deletes invitations, redemptions or audit events.
 */
export class MemberManagementService {
  constructor(private readonly repos: Repositories) {}

  /**
   * Requires MEMBERS_MANAGE. Never to or from OWNER (ownership is handed over), never above the
   * viewer's own role, never the viewer's own. A member who drops below TEACHER stops leading
   * their groups.
   */
  async changeRole(
    access: SchoolAccess,
    loaders: MembershipLoaders,
    membershipId: string,
    role: SchoolRole,
  ): Promise<MembershipEntity> {
    const viewer = access.requireViewer();
    const target = await this.findVisible(access, membershipId);
    const viewerRole = await access.require(target.schoolId, 'MEMBERS_MANAGE');
    if (target.userId === viewer.userId) throw forbidden('change your own role');
    if (role === 'OWNER' || target.role === 'OWNER')
      throw badInput('role', 'the owner changes only by transferOwnership');
    if (roleRank(role) > roleRank(viewerRole) || roleRank(target.role) > roleRank(viewerRole))
      throw forbidden(`make someone ${role}`);
    return this.repos.transaction(async (tx) => {
      const [locked] = await tx.memberships.lockInSchool(target.schoolId, [target.id]);
      if (!locked) throw notFound('member');
      if (locked.role === role) return (await tx.memberships.findById(target.id))!;
      await tx.memberships.setRole(target.id, role);
      const endedLeaderships = leads(role) ? [] : await tx.groups.endLeaderships(target.id);
      await tx.audit.record([
        {
          schoolId: target.schoolId,
          actorId: viewer.userId,
          action: 'member.role_changed',
          targetType: 'membership',
          targetId: target.id,
          detail: { userId: target.userId, from: locked.role, to: role, endedLeaderships },
        },
      ]);
      loaders.viewerRole.clear(target.schoolId);
      return (await tx.memberships.findById(target.id))!;
    });
  }

  /**
   * Requires MEMBERS_MANAGE. All of them or none; never the owner, never the viewer. With
   * `block`, none of them can join again through any invitation of the school until unblocked.
   */
  async remove(
    access: SchoolAccess,
    schoolId: string,
    membershipIds: readonly string[],
    options: { block: boolean; reason: string | null },
  ): Promise<{ removed: number; blocked: number }> {
    const viewer = access.requireViewer();
    if (!isUuid(schoolId)) throw notFound('school');
    await access.require(schoolId, 'MEMBERS_MANAGE');
    const unique = [...new Set(membershipIds)];
    return this.repos.transaction(async (tx) => {
      await tx.schools.lockAgainstJoins(schoolId);
      const members = await tx.memberships.lockInSchool(schoolId, unique);
      if (members.length !== unique.length)
        throw badInput('membershipIds', 'names someone who is not a member of this school');
      if (members.some((member) => member.role === 'OWNER'))
        throw badInput('membershipIds', 'the owner cannot be removed; transfer ownership first');
      if (members.some((member) => member.user_id === viewer.userId))
        throw badInput(
          'membershipIds',
          'you cannot remove yourself here; leave the school instead',
        );
      await tx.memberships.remove(schoolId, unique);
      const userIds = members.map((member) => member.user_id);
      if (options.block)
        await tx.memberships.block(schoolId, userIds, viewer.userId, options.reason);
      await tx.audit.record(
        members.map((member) => ({
          schoolId,
          actorId: viewer.userId,
          action: 'member.removed' as const,
          targetType: 'membership' as const,
          targetId: member.id,
          detail: {
            userId: member.user_id,
            role: member.role,
            blocked: options.block,
            ...(options.reason ? { reason: options.reason } : {}),
          },
        })),
      );
      return { removed: members.length, blocked: options.block ? members.length : 0 };
    });
  }

  /** Requires MEMBERS_MANAGE. True when the person was blocked; they may join again. */
  async unblock(access: SchoolAccess, schoolId: string, userId: string): Promise<boolean> {
    const viewer = access.requireViewer();
    if (!isUuid(schoolId)) throw notFound('school');
    await access.require(schoolId, 'MEMBERS_MANAGE');
    return this.repos.transaction(async (tx) => {
      const unblocked = await tx.memberships.unblock(schoolId, userId);
      if (unblocked)
        await tx.audit.record([
          {
            schoolId,
            actorId: viewer.userId,
            action: 'member.unblocked',
            targetType: 'user',
            targetId: userId,
          },
        ]);
      return unblocked;
    });
  }

  /** The viewer leaves the school; the owner must hand it over first. */
  async leave(access: SchoolAccess, schoolId: string): Promise<boolean> {
    const viewer = access.requireViewer();
    if (!isUuid(schoolId)) throw notFound('school');
    const role = await access.requireMember(schoolId);
    if (role === 'OWNER')
      throw conflict('The owner cannot leave. Transfer ownership to another member first.');
    return this.repos.transaction(async (tx) => {
      const mine = await tx.memberships.find(schoolId, viewer.userId);
      if (!mine) return true;
      await tx.memberships.remove(schoolId, [mine.id]);
      await tx.audit.record([
        {
          schoolId,
          actorId: viewer.userId,
          action: 'member.left',
          targetType: 'membership',
          targetId: mine.id,
          detail: { role: mine.role },
        },
      ]);
      return true;
    });
  }

  /** Requires being the OWNER. The new owner must be a member; the old owner becomes ADMIN. */
  async transferOwnership(
    access: SchoolAccess,
    schoolId: string,
    membershipId: string,
  ): Promise<void> {
    const viewer = access.requireViewer();
    if (!isUuid(schoolId)) throw notFound('school');
    const role = await access.requireMember(schoolId);
    if (role !== 'OWNER') throw forbidden('hand over the school (only its owner can)');
    await this.repos.transaction(async (tx) => {
      await tx.schools.lockAgainstJoins(schoolId);
      const mine = (await tx.memberships.find(schoolId, viewer.userId))!;
      const [next] = await tx.memberships.lockInSchool(schoolId, [membershipId]);
      if (!next) throw badInput('membershipId', 'must name a member of this school');
      if (next.id === mine.id) throw badInput('membershipId', 'you are the owner already');
      // The old owner steps down first: the school never has two owners, even for a moment.
      await tx.memberships.setRole(mine.id, 'ADMIN');
      await tx.memberships.setRole(next.id, 'OWNER');
      await tx.audit.record([
        {
          schoolId,
          actorId: viewer.userId,
          action: 'school.ownership_transferred',
          targetType: 'school',
          targetId: schoolId,
          detail: { from: viewer.userId, to: next.user_id, previousRole: next.role },
        },
      ]);
    });
  }

  /** Requires MEMBERS_MANAGE. Newest first. */
  async blocked(
    access: SchoolAccess,
    schoolId: string,
    page: PageQuery,
  ): Promise<CountedPage<SchoolBlockRow>> {
    await access.require(schoolId, 'MEMBERS_MANAGE');
    return countedPage(
      page.first,
      this.repos.memberships.blocksPage(schoolId, page),
      this.repos.memberships.blocksCount(schoolId),
    );
  }

  /** A membership of one of the viewer's schools; NOT_FOUND otherwise, so nothing leaks. */
  private async findVisible(access: SchoolAccess, membershipId: string): Promise<MembershipEntity> {
    const target = await this.repos.memberships.findById(membershipId);
    if (!target || !(await access.roleIn(target.schoolId))) throw notFound('member');
    return target;
  }
}
