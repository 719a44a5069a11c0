import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequireAnyPermission, RequirePermission } from '../../auth/guards';
import type { Context } from '../../graphql/context';
import { PageArgs, pageSize } from '../../graphql/pagination';
import { AuditEventConnection } from '../audit/audit-event.type';
import { Membership } from '../memberships/membership.type';
import { School } from '../schools/school.type';
import { InvitationListArgs } from './invitation.inputs';
import { Invitation, InvitationConnection, toInvitation } from './invitation.type';

@Resolver(() => School)
export class SchoolInvitationsResolver {
  @FieldResolver(() => InvitationConnection, {
    nullable: true,
    description:
      "Requires INVITATIONS_VIEW in this school. Newest first. `search` matches, case-insensitively, a part of the creator's name, of the code, or of the link.",
  })
  @RequirePermission('INVITATIONS_VIEW')
  invitations(@Root() school: School, @Args(() => InvitationListArgs) args: InvitationListArgs, @Ctx() { access, loaders, services }: Context) {
    return services.invitations.list(access, loaders, school.id, school.invitationCount, args);
  }

  @FieldResolver(() => AuditEventConnection, {
    nullable: true,
    description: "The school's audit trail, newest first. Requires SCHOOL_MANAGE or INVITATIONS_VIEW.",
  })
  @RequireAnyPermission(['SCHOOL_MANAGE', 'INVITATIONS_VIEW'])
  auditEvents(@Root() school: School, @Args(() => PageArgs) page: PageArgs, @Ctx() { services }: Context) {
    return services.auditEvents.list({ schoolId: school.id }, pageSize(page), page.after);
  }
}

@Resolver(() => Membership)
export class MembershipInvitationResolver {
  @FieldResolver(() => Invitation, {
    nullable: true,
    description: 'The invitation this member joined through; null for the school\'s creator. Requires INVITATIONS_VIEW.',
  })
  @RequirePermission('INVITATIONS_VIEW')
  async invitation(@Root() membership: Membership, @Ctx() { loaders }: Context): Promise<Invitation | null> {
    if (!membership.invitationId) return null;
    const row = await loaders.invitation.load(membership.invitationId);
    return row ? toInvitation(row) : null;
  }
}
