import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import {
  RequirePermission,
  RequirePermissionOrLeading,
  type GroupsOf,
  type SchoolOf,
} from '../../auth/guards';
import type { Context } from '../../graphql/context';
import { CreateGroupInput, GroupMembersChangeArgs, SetGroupLeadersArgs } from './group.inputs';
import { Group, toGroup } from './group.type';

/** The school of the group named by `id` or `groupId`, looked up, never taken from the caller. */
const schoolOfGroup: SchoolOf = async ({ args, context }) => {
  const id = String(args.id ?? args.groupId);
  const group = await context.loaders.group.load(id);
  if (!group || !(await context.access.roleIn(group.school_id))) return null;
  return group.school_id;
};
const namedGroup: GroupsOf = ({ args }) => [String(args.id ?? args.groupId)];

@Resolver()
export class GroupResolver {
  @Query(() => Group, {
    nullable: true,
    description:
      'Requires GROUPS_MANAGE or MEMBERS_VIEW in its school, or leading it; NOT_FOUND for viewers outside the school.',
  })
  @RequirePermissionOrLeading(['GROUPS_MANAGE', 'MEMBERS_VIEW'], namedGroup, schoolOfGroup)
  async group(
    @Arg('id', () => ID) id: string,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<Group> {
    return toGroup(await services.groups.findVisible(access, loaders, id));
  }

  @Mutation(() => Group, { description: 'Requires GROUPS_MANAGE.' })
  @RequirePermission('GROUPS_MANAGE', ({ args }) => (args.input as CreateGroupInput).schoolId)
  async createGroup(
    @Arg('input', () => CreateGroupInput) input: CreateGroupInput,
    @Ctx() { access, services }: Context,
  ): Promise<Group> {
    return toGroup(await services.groups.create(access, input));
  }

  @Mutation(() => Group, {
    description:
      "Requires GROUPS_MANAGE. Members stay in the school; the group's invitations are revoked.",
  })
  @RequirePermission('GROUPS_MANAGE', schoolOfGroup)
  async archiveGroup(
    @Arg('id', () => ID) id: string,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<Group> {
    const row = await services.groups.archive(access, loaders, id);
    loaders.group.clear(id).prime(id, row);
    return toGroup(row);
  }

  @Mutation(() => Group, {
    description: 'Requires GROUPS_MANAGE. Replaces the leaders: members who are TEACHER or above.',
  })
  @RequirePermission('GROUPS_MANAGE', schoolOfGroup)
  async setGroupLeaders(
    @Args(() => SetGroupLeadersArgs) args: SetGroupLeadersArgs,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<Group> {
    const row = await services.groups.setLeaders(access, loaders, args.groupId, args.membershipIds);
    loaders.groupLeaders.clear(row.id);
    return toGroup(row);
  }

  @Mutation(() => Group, {
    description:
      'Requires GROUPS_MANAGE, or leading the group (then only STUDENT and GUARDIAN members).',
  })
  @RequirePermissionOrLeading('GROUPS_MANAGE', namedGroup, schoolOfGroup)
  async addGroupMembers(
    @Args(() => GroupMembersChangeArgs) args: GroupMembersChangeArgs,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<Group> {
    return toGroup(
      await services.groups.addMembers(access, loaders, args.groupId, args.membershipIds),
    );
  }

  @Mutation(() => Group, {
    description:
      'Requires GROUPS_MANAGE, or leading the group (then only STUDENT and GUARDIAN members).',
  })
  @RequirePermissionOrLeading('GROUPS_MANAGE', namedGroup, schoolOfGroup)
  async removeGroupMembers(
    @Args(() => GroupMembersChangeArgs) args: GroupMembersChangeArgs,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<Group> {
    return toGroup(
      await services.groups.removeMembers(access, loaders, args.groupId, args.membershipIds),
    );
  }
}
