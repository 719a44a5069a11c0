import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { loadOptionalUser, User } from '../users/user.type';
import { AuditEvent } from './audit-event.type';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who did it; null for system actions.' })
  actor(@Root() event: AuditEvent, @Ctx() { loaders }: Context): Promise<User | null> {
    return loadOptionalUser(loaders, event.actorId);
  }
}
