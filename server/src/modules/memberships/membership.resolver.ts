import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { notFound } from '../../errors/app-error';
import type { Context } from '../../graphql/context';
import { School, toSchool } from '../schools/school.type';
import { toUser, User } from '../users/user.type';
import { Membership } from './membership.type';

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => School)
  async school(@Root() membership: Membership, @Ctx() { loaders }: Context): Promise<School> {
    const school = await loaders.school.load(membership.schoolId);
    if (!school) throw notFound('school');
    return toSchool(school);
  }

  @FieldResolver(() => User)
  async user(@Root() membership: Membership, @Ctx() { loaders }: Context): Promise<User> {
    const user = await loaders.user.load(membership.userId);
    if (!user) throw notFound('user');
    return toUser(user);
  }
}
