import { Args, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { RequirePermissionOrLeading, type GroupsOf } from '../../auth/guards';
import { WithParent } from '../../auth/declarations';
import type { Context } from '../../graphql/context';
import { pageQuery, toCountedConnection } from '../../graphql/pagination';
import { InvitationListArgs } from '../invitations/invitation.inputs';
import { InvitationConnection, toInvitationConnection } from '../invitations/invitation.type';
import { MembershipConnection, toMembership } from '../memberships/membership.type';
import { loadSchool, School } from '../schools/school.type';
import { loadUser, User } from '../users/user.type';
import { GroupMemberListArgs } from './group.inputs';
import { Group } from './group.type';

const thisGroup: GroupsOf = ({ root }) => [(root as Group).id];

@Resolver(() => Group)
export class GroupFieldsResolver {
  @WithParent()
  @FieldResolver(() => School)
  school(@Root() group: Group, @Ctx() { loaders }: Context): Promise<School> {
    return loadSchool(loaders, group.schoolId);
  }

  @WithParent()
  @FieldResolver(() => Int)
  memberCount(@Root() group: Group, @Ctx() { loaders }: Context): Promise<number> {
    return loaders.groupMemberCount.load(group.id);
  }

  @WithParent()
  @FieldResolver(() => [User], {
    description:
      'School members (TEACHER or above) who lead this group: they may see its members and manage invitations into it.',
  })
  async leaders(@Root() group: Group, @Ctx() { loaders }: Context): Promise<User[]> {
    const leaders = await loaders.groupLeaders.load(group.id);
    return Promise.all(leaders.map((leader) => loadUser(loaders, leader.user_id)));
  }

  @WithParent()
  @FieldResolver(() => [ID], {
    description:
      "The leaders' memberships, in the order of `leaders`: what setGroupLeaders and the member lists take.",
  })
  async leaderMembershipIds(@Root() group: Group, @Ctx() { loaders }: Context): Promise<string[]> {
    return (await loaders.groupLeaders.load(group.id)).map((leader) => leader.membership_id);
  }

  @FieldResolver(() => MembershipConnection, {
    nullable: true,
    description: 'Requires MEMBERS_VIEW in the school, or leading this group. Newest first.',
  })
  @RequirePermissionOrLeading('MEMBERS_VIEW', thisGroup)
  async members(
    @Root() group: Group,
    @Args(() => GroupMemberListArgs) args: GroupMemberListArgs,
    @Ctx() { access, services }: Context,
  ): Promise<MembershipConnection> {
    const page = await services.groups.listMembers(access, group, {
      ...pageQuery('gm', args),
      search: args.search,
    });
    return toCountedConnection('gm', page, toMembership);
  }

  @FieldResolver(() => InvitationConnection, {
    nullable: true,
    description:
      'Requires INVITATIONS_VIEW in the school, or leading this group (then those whose every group the viewer leads). Invitations that join this group, newest first.',
  })
  @RequirePermissionOrLeading('INVITATIONS_VIEW', thisGroup)
  async invitations(
    @Root() group: Group,
    @Args(() => InvitationListArgs) args: InvitationListArgs,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<InvitationConnection> {
    const page = await services.invitations.listForGroup(access, group, {
      ...pageQuery('i', args),
      search: args.search,
      status: args.status,
    });
    return toInvitationConnection(page, loaders);
  }

  @WithParent()
  @FieldResolver(() => Boolean, {
    description:
      "Whether the viewer may manage this group's invitations and members (GROUPS_MANAGE, or leading it).",
  })
  async viewerCanManage(@Root() group: Group, @Ctx() { access, services }: Context) {
    return !group.archivedAt && (await services.groups.canManage(access, group));
  }
}
