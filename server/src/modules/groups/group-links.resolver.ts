import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequirePermissionOrLeading } from '../../auth/guards';
import { WithParent } from '../../auth/declarations';
import type { Context } from '../../graphql/context';
import { pageQuery, toCountedConnection } from '../../graphql/pagination';
import { Invitation } from '../invitations/invitation.type';
import { Membership } from '../memberships/membership.type';
import { School } from '../schools/school.type';
import { GroupListArgs } from './group.inputs';
import { Group, GroupConnection, groupsLedInSchool, loadGroups, toGroup } from './group.type';

@Resolver(() => School)
export class SchoolGroupsResolver {
  @FieldResolver(() => GroupConnection, {
    nullable: true,
    description:
      'Requires GROUPS_MANAGE, MEMBERS_VIEW, or leading at least one group (then only the groups the viewer leads). By name.',
  })
  @RequirePermissionOrLeading(['GROUPS_MANAGE', 'MEMBERS_VIEW'], groupsLedInSchool)
  async groups(
    @Root() school: School,
    @Args(() => GroupListArgs) args: GroupListArgs,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<GroupConnection> {
    const page = await services.groups.list(access, school.id, {
      ...pageQuery('g', args),
      search: args.search,
      includeArchived: args.includeArchived ?? false,
      ledByViewer: args.ledByViewer,
    });
    for (const row of page.rows) loaders.group.prime(row.id, row);
    return toCountedConnection('g', page, toGroup);
  }

  @WithParent()
  @FieldResolver(() => Boolean, {
    description:
      'Whether the viewer leads any live group here: they then manage its students and invitations ("My classes").',
  })
  async viewerLeadsGroups(@Root() school: School, @Ctx() { access }: Context): Promise<boolean> {
    return (await access.groupsLed(school.id)).size > 0;
  }
}

@Resolver(() => Invitation)
export class InvitationGroupsResolver {
  @WithParent()
  @FieldResolver(() => [Group], {
    description: 'The groups a person joins through this invitation, besides the school.',
  })
  async groups(@Root() invitation: Invitation, @Ctx() { loaders }: Context): Promise<Group[]> {
    return loadGroups(loaders, await loaders.invitationGroupIds.load(invitation.id));
  }
}

@Resolver(() => Membership)
export class MembershipGroupsResolver {
  @WithParent()
  @FieldResolver(() => [Group], {
    description: 'The groups this member belongs to in the school.',
  })
  async groups(@Root() membership: Membership, @Ctx() { loaders }: Context): Promise<Group[]> {
    return (await loaders.membershipGroups.load(membership.id)).map(toGroup);
  }

  @WithParent()
  @FieldResolver(() => [Group], {
    description:
      'The live groups this member leads: what changes hands when they leave, are removed or drop below TEACHER.',
  })
  async ledGroups(@Root() membership: Membership, @Ctx() { loaders }: Context): Promise<Group[]> {
    return (await loaders.membershipLedGroups.load(membership.id)).map(toGroup);
  }
}
