import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequireAnyPermission, RequirePermissionOrLeading } from '../../auth/guards';
import { WithParent } from '../../auth/declarations';
import type { Context } from '../../graphql/context';
import { PageArgs, pageQuery, toCountedConnection } from '../../graphql/pagination';
import { groupsOfThisInvitation, Invitation } from '../invitations/invitation.type';
import { School } from '../schools/school.type';
import { loadOptionalUser, User } from '../users/user.type';
import { AuditEvent, AuditEventConnection, toAuditEvent } from './audit-event.type';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @WithParent()
  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who did it; null for system actions.',
  })
  actor(@Root() event: AuditEvent, @Ctx() { loaders }: Context): Promise<User | null> {
    return loadOptionalUser(loaders, event.actorId);
  }
}

@Resolver(() => School)
export class SchoolAuditEventsResolver {
  @FieldResolver(() => AuditEventConnection, {
    nullable: true,
    description:
      "The school's audit trail, newest first. Requires SCHOOL_MANAGE or INVITATIONS_VIEW.",
  })
  @RequireAnyPermission(['SCHOOL_MANAGE', 'INVITATIONS_VIEW'])
  async auditEvents(
    @Root() school: School,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { access, services }: Context,
  ): Promise<AuditEventConnection> {
    return toCountedConnection(
      'a',
      await services.auditEvents.list(access, { schoolId: school.id }, pageQuery('a', args)),
      toAuditEvent,
    );
  }
}

@Resolver(() => Invitation)
export class InvitationAuditEventsResolver {
  @FieldResolver(() => AuditEventConnection, {
    nullable: true,
    description: "This invitation's audit trail, newest first. Requires INVITATIONS_VIEW.",
  })
  @RequirePermissionOrLeading('INVITATIONS_VIEW', groupsOfThisInvitation)
  async auditEvents(
    @Root() invitation: Invitation,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { access, services }: Context,
  ): Promise<AuditEventConnection> {
    const scope = { schoolId: invitation.schoolId, targetId: invitation.id };
    return toCountedConnection(
      'a',
      await services.auditEvents.list(access, scope, pageQuery('a', args)),
      toAuditEvent,
    );
  }
}
