import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { loadSchool, School } from '../schools/school.type';
import { loadUser, User } from '../users/user.type';
import { Membership } from './membership.type';
import { WithParent } from '../../auth/declarations';

@Resolver(() => Membership)
export class MembershipResolver {
  @WithParent()
  @FieldResolver(() => School)
  school(@Root() membership: Membership, @Ctx() { loaders }: Context): Promise<School> {
    return loadSchool(loaders, membership.schoolId);
  }

  @WithParent()
  @FieldResolver(() => User)
  user(@Root() membership: Membership, @Ctx() { loaders }: Context): Promise<User> {
    return loadUser(loaders, membership.userId);
  }
}
