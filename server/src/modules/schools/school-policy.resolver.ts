import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { RequirePermission, RequirePermissionOrLeading } from '../../auth/guards';
import type { Context } from '../../graphql/context';
import { groupsLedInSchool } from '../groups/group.type';
import {
  InvitationPolicy,
  InvitationPolicyInput,
  toInvitationPolicy,
} from './invitation-policy.type';
import { School, toSchool } from './school.type';

@Resolver(() => School)
export class SchoolPolicyResolver {
  @FieldResolver(() => InvitationPolicy, {
    nullable: true,
    description:
      'Requires SCHOOL_MANAGE, INVITATIONS_CREATE, or leading a group (whose leaders create invitations under it too).',
  })
  @RequirePermissionOrLeading(['SCHOOL_MANAGE', 'INVITATIONS_CREATE'], groupsLedInSchool)
  async invitationPolicy(
    @Root() school: School,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<InvitationPolicy> {
    return toInvitationPolicy(await services.schools.get(access, loaders, school.id));
  }

  @Mutation(() => School, { description: 'Requires SCHOOL_MANAGE.' })
  @RequirePermission('SCHOOL_MANAGE', ({ args }) => String(args.schoolId))
  async updateInvitationPolicy(
    @Arg('schoolId', () => ID) schoolId: string,
    @Arg('input', () => InvitationPolicyInput) input: InvitationPolicyInput,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<School> {
    const school = await services.schools.updatePolicy(access, loaders, schoolId, input);
    loaders.school.clear(schoolId).prime(schoolId, school);
    return toSchool(school);
  }
}
