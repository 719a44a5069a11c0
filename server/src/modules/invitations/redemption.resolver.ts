import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { loadUser, User } from '../users/user.type';
import { Redemption } from './invitation.type';

@Resolver(() => Redemption)
export class RedemptionResolver {
  @FieldResolver(() => User)
  user(@Root() redemption: Redemption, @Ctx() { loaders }: Context): Promise<User> {
    return loadUser(loaders, redemption.userId);
  }
}
