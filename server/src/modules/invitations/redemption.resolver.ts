import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { notFound } from '../../errors/app-error';
import type { Context } from '../../graphql/context';
import { toUser, User } from '../users/user.type';
import { Redemption } from './invitation.type';

@Resolver(() => Redemption)
export class RedemptionResolver {
  @FieldResolver(() => User)
  async user(@Root() redemption: Redemption, @Ctx() { loaders }: Context): Promise<User> {
    const user = await loaders.user.load(redemption.userId);
    if (!user) throw notFound('user');
    return toUser(user);
  }
}
