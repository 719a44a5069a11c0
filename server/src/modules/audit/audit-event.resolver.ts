import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { toUser, User } from '../users/user.type';
import { AuditEvent } from './audit-event.type';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who did it; null for system actions.' })
  async actor(@Root() event: AuditEvent, @Ctx() { loaders }: Context): Promise<User | null> {
    if (!event.actorId) return null;
    const user = await loaders.user.load(event.actorId);
    return user ? toUser(user) : null;
  }
}
