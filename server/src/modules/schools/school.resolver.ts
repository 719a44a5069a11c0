import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { IsOptional } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import {
  grantableRoles,
  LIMITS,
  permissionsOf,
  roleHasPermission,
  type Permission,
  type SchoolRole,
} from '@school-invites/shared';
import { RequirePermission, RequireSignIn } from '../../auth/guards';
import { WithParent } from '../../auth/declarations';
import type { Context } from '../../graphql/context';
import { PermissionEnum, SchoolRoleEnum } from '../../graphql/enums';
import { PageArgs, pageQuery, toCountedConnection } from '../../graphql/pagination';
import { MembershipConnection, toMembership } from '../memberships/membership.type';
import { CreateSchoolInput } from './school.inputs';
import { selectsOnly } from '../../graphql/selection';
import { School, schoolRef, toSchool } from './school.type';
import { IsText } from '../../graphql/text.validator';

@ArgsType()
class MemberArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Part of a member's name or email." })
  @IsOptional()
  @IsText({ max: LIMITS.searchMax })
  search?: string | null;

  @Field(() => [SchoolRoleEnum], { nullable: true, description: 'Only members with these roles.' })
  @IsOptional()
  roles?: SchoolRole[] | null;
}

/** School fields answered without the school's row (they read only its id, or load it). */
const WITHOUT_THE_ROW = new Set(['__typename', 'id', 'invitations']);

@Resolver(() => School)
export class SchoolResolver {
  @Query(() => [School], { description: 'The schools the viewer belongs to.' })
  @RequireSignIn()
  async mySchools(@Ctx() { access, services }: Context): Promise<School[]> {
    return (await services.schools.mine(access)).map(toSchool);
  }

  @Query(() => School, {
    nullable: true,
    description: 'Visible to its members; NOT_FOUND for anyone else.',
  })
  @RequireSignIn()
  async school(
    @Arg('id', () => ID) id: string,
    @Ctx() { access, loaders, services }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<School> {
    // Asked only for its invitations (the Invites screen's list and search), the school's own
    // row is not read: membership is all that is checked here, and the viewer's roles came
    // with the session.
    if (selectsOnly(info, WITHOUT_THE_ROW)) {
      await access.requireMember(id);
      return schoolRef(id);
    }
    return toSchool(await services.schools.get(access, loaders, id));
  }

  @Mutation(() => School, { description: "The creator becomes the school's OWNER." })
  @RequireSignIn()
  async createSchool(
    @Arg('input', () => CreateSchoolInput) input: CreateSchoolInput,
    @Ctx() { access, services }: Context,
  ): Promise<School> {
    return toSchool(await services.schools.create(access, input));
  }

  @WithParent()
  @FieldResolver(() => Int)
  memberCount(@Root() school: School, @Ctx() { loaders }: Context): Promise<number> {
    return loaders.memberCount.load(school.id);
  }

  @WithParent()
  @FieldResolver(() => SchoolRoleEnum, {
    nullable: true,
    description: "The viewer's role here, or null when the viewer is not a member.",
  })
  viewerRole(@Root() school: School, @Ctx() { access }: Context): Promise<SchoolRole | null> {
    return access.roleIn(school.id);
  }

  @WithParent()
  @FieldResolver(() => [PermissionEnum])
  async viewerPermissions(
    @Root() school: School,
    @Ctx() { access }: Context,
  ): Promise<Permission[]> {
    return permissionsOf(await access.roleIn(school.id));
  }

  @WithParent()
  @FieldResolver(() => [SchoolRoleEnum], {
    description:
      'Roles the viewer may give through a new invitation here; empty without INVITATIONS_CREATE.',
  })
  async viewerGrantableRoles(
    @Root() school: School,
    @Ctx() { access }: Context,
  ): Promise<SchoolRole[]> {
    const role = await access.roleIn(school.id);
    return role && roleHasPermission(role, 'INVITATIONS_CREATE') ? grantableRoles(role) : [];
  }

  @FieldResolver(() => MembershipConnection, {
    nullable: true,
    description: 'Requires MEMBERS_VIEW. Newest first.',
  })
  @RequirePermission('MEMBERS_VIEW')
  async members(
    @Root() school: School,
    @Args(() => MemberArgs) args: MemberArgs,
    @Ctx() { access, services }: Context,
  ): Promise<MembershipConnection> {
    const page = await services.memberships.list(access, school.id, {
      ...pageQuery('m', args),
      search: args.search,
      roles: args.roles,
    });
    return toCountedConnection('m', page, toMembership);
  }

  @Mutation(() => School, {
    description:
      'Requires INVITATIONS_REVOKE. Every link and code of the school stops working with INVITATION_PAUSED until resumed; nothing else changes.',
  })
  @RequirePermission('INVITATIONS_REVOKE', ({ args }) => String(args.schoolId))
  async pauseInvitations(
    @Arg('schoolId', () => ID) schoolId: string,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<School> {
    return this.setPaused(schoolId, true, { access, loaders, services });
  }

  @Mutation(() => School, { description: 'Requires INVITATIONS_REVOKE.' })
  @RequirePermission('INVITATIONS_REVOKE', ({ args }) => String(args.schoolId))
  async resumeInvitations(
    @Arg('schoolId', () => ID) schoolId: string,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<School> {
    return this.setPaused(schoolId, false, { access, loaders, services });
  }

  private async setPaused(
    schoolId: string,
    paused: boolean,
    { access, loaders, services }: Pick<Context, 'access' | 'loaders' | 'services'>,
  ): Promise<School> {
    const school = await services.schools.setInvitationsPaused(access, loaders, schoolId, paused);
    loaders.school.clear(schoolId).prime(schoolId, school);
    return toSchool(school);
  }
}
