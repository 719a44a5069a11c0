import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional } from 'class-validator';
import { LIMITS, type SchoolRole } from '@school-invites/shared';
import { RequirePermission, RequireSignIn, type SchoolOf } from '../../auth/guards';
import { WithParent } from '../../auth/declarations';
import type { Context } from '../../graphql/context';
import { SchoolRoleEnum } from '../../graphql/enums';
import { PageArgs, pageQuery, toCountedConnection } from '../../graphql/pagination';
import { IsText } from '../../graphql/text.validator';
import { loadSchool, School } from '../schools/school.type';
import { loadOptionalUser, loadUser, User } from '../users/user.type';
import { Membership, toMembership } from './membership.type';
import {
  RemoveMembersResult,
  SchoolBlock,
  SchoolBlockConnection,
  toSchoolBlock,
} from './school-block.type';

@ArgsType()
class RemoveMembersArgs {
  @Field(() => ID)
  schoolId: string;

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'must name at least one member' })
  @ArrayMaxSize(LIMITS.membersPerRemovalMax, {
    message: `can name at most ${LIMITS.membersPerRemovalMax} members at once`,
  })
  membershipIds: string[];

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  block?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ max: LIMITS.blockReasonMax })
  reason?: string | null;
}

/** The school of the membership named by `membershipId`, looked up, never taken from the caller. */
const schoolOfMembership: SchoolOf = async ({ args, context }) => {
  const membership = await context.services.repositories.memberships.findById(
    String(args.membershipId),
  );
  if (!membership || !(await context.access.roleIn(membership.schoolId))) return null;
  return membership.schoolId;
};

@Resolver()
export class MemberManagementResolver {
  @Mutation(() => Membership, {
    description:
      "Requires MEMBERS_MANAGE. Never to or from OWNER, never above the viewer's own role, never the viewer's own.",
  })
  @RequirePermission('MEMBERS_MANAGE', schoolOfMembership)
  async changeMemberRole(
    @Arg('membershipId', () => ID) membershipId: string,
    @Arg('role', () => SchoolRoleEnum) role: SchoolRole,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<Membership> {
    return toMembership(
      await services.memberManagement.changeRole(access, loaders, membershipId, role),
    );
  }

  @Mutation(() => RemoveMembersResult, {
    description:
      'Requires MEMBERS_MANAGE. All or none. With block the people cannot rejoin through any invitation. The OWNER and the viewer cannot be removed.',
  })
  @RequirePermission('MEMBERS_MANAGE', ({ args }) => String(args.schoolId))
  async removeMembers(
    @Args(() => RemoveMembersArgs) args: RemoveMembersArgs,
    @Ctx() { access, services }: Context,
  ): Promise<RemoveMembersResult> {
    return services.memberManagement.remove(access, args.schoolId, args.membershipIds, {
      block: args.block ?? false,
      reason: args.reason?.trim() || null,
    });
  }

  @Mutation(() => Boolean, {
    description: 'Requires MEMBERS_MANAGE. True when the person was blocked.',
  })
  @RequirePermission('MEMBERS_MANAGE', ({ args }) => String(args.schoolId))
  unblockUser(
    @Arg('schoolId', () => ID) schoolId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() { access, services }: Context,
  ): Promise<boolean> {
    return services.memberManagement.unblock(access, schoolId, userId);
  }

  @Mutation(() => Boolean, {
    description: 'The viewer leaves the school. The OWNER must transfer ownership first.',
  })
  @RequireSignIn()
  leaveSchool(
    @Arg('schoolId', () => ID) schoolId: string,
    @Ctx() { access, services }: Context,
  ): Promise<boolean> {
    return services.memberManagement.leave(access, schoolId);
  }

  @Mutation(() => School, {
    description:
      'Requires being the OWNER. The new owner must be a member; the old owner becomes ADMIN.',
  })
  @RequireSignIn()
  async transferOwnership(
    @Arg('schoolId', () => ID) schoolId: string,
    @Arg('membershipId', () => ID) membershipId: string,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<School> {
    await services.memberManagement.transferOwnership(access, schoolId, membershipId);
    loaders.viewerRole.clear(schoolId);
    loaders.school.clear(schoolId);
    return loadSchool(loaders, schoolId);
  }
}

@Resolver(() => School)
export class SchoolBlockedUsersResolver {
  @FieldResolver(() => SchoolBlockConnection, {
    nullable: true,
    description:
      'People removed with block: true; they cannot join through any invitation. Requires MEMBERS_MANAGE.',
  })
  @RequirePermission('MEMBERS_MANAGE')
  async blockedUsers(
    @Root() school: School,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { access, services }: Context,
  ): Promise<SchoolBlockConnection> {
    const page = await services.memberManagement.blocked(access, school.id, pageQuery('b', args));
    return toCountedConnection('b', page, toSchoolBlock(school.id));
  }
}

@Resolver(() => SchoolBlock)
export class SchoolBlockFieldsResolver {
  @WithParent()
  @FieldResolver(() => User)
  user(@Root() block: SchoolBlock, @Ctx() { loaders }: Context): Promise<User> {
    return loadUser(loaders, block.userId);
  }

  @WithParent()
  @FieldResolver(() => User, { nullable: true })
  blockedBy(@Root() block: SchoolBlock, @Ctx() { loaders }: Context): Promise<User | null> {
    return loadOptionalUser(loaders, block.blockedById);
  }
}
