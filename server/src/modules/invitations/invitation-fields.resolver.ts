import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequirePermission } from '../../auth/guards';
import type { Context } from '../../graphql/context';
import { PageArgs, pageSize } from '../../graphql/pagination';
import { AuditEventConnection } from '../audit/audit-event.type';
import { loadSchool, School } from '../schools/school.type';
import { loadOptionalUser, loadUser, User } from '../users/user.type';
import { invitationLink } from './credentials';
import { Invitation, RedemptionConnection, toInvitation } from './invitation.type';

@Resolver(() => Invitation)
export class InvitationFieldsResolver {
  @FieldResolver(() => School)
  school(@Root() invitation: Invitation, @Ctx() { loaders }: Context): Promise<School> {
    return loadSchool(loaders, invitation.schoolId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Canonical form: letters and digits only, no separators (clients group it for display); contains at least one letter and one digit; unique. Requires INVITATIONS_VIEW.',
  })
  @RequirePermission('INVITATIONS_VIEW')
  code(@Root() invitation: Invitation): string {
    return invitation.secretCode;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Absolute URL of the invitation page: <public url>/invite/<token>. Requires INVITATIONS_VIEW.',
  })
  @RequirePermission('INVITATIONS_VIEW')
  link(@Root() invitation: Invitation, @Ctx() { services }: Context): string {
    return invitationLink(services.publicUrl, invitation.secretToken);
  }

  @FieldResolver(() => User)
  createdBy(@Root() invitation: Invitation, @Ctx() { loaders }: Context): Promise<User> {
    return loadUser(loaders, invitation.createdById);
  }

  @FieldResolver(() => User, { nullable: true })
  revokedBy(@Root() invitation: Invitation, @Ctx() { loaders }: Context): Promise<User | null> {
    return loadOptionalUser(loaders, invitation.revokedById);
  }

  @FieldResolver(() => Invitation, { nullable: true, description: 'The invitation this one replaced, if any.' })
  @RequirePermission('INVITATIONS_VIEW')
  async replaces(@Root() invitation: Invitation, @Ctx() { loaders }: Context): Promise<Invitation | null> {
    if (!invitation.replacesId) return null;
    const row = await loaders.invitation.load(invitation.replacesId);
    return row ? toInvitation(row) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may revoke this invitation now.' })
  async viewerCanRevoke(@Root() invitation: Invitation, @Ctx() { access }: Context): Promise<boolean> {
    return invitation.status !== 'REVOKED' && (await access.can(invitation.schoolId, 'INVITATIONS_REVOKE'));
  }

  @FieldResolver(() => RedemptionConnection, {
    nullable: true,
    description: 'Who joined through this invitation, newest first. Requires INVITATIONS_VIEW.',
  })
  @RequirePermission('INVITATIONS_VIEW')
  redemptions(@Root() invitation: Invitation, @Args(() => PageArgs) page: PageArgs, @Ctx() { services }: Context) {
    return services.redemptions.redemptions(invitation.id, pageSize(page), page.after);
  }

  @FieldResolver(() => AuditEventConnection, {
    nullable: true,
    description: "This invitation's audit trail, newest first. Requires INVITATIONS_VIEW.",
  })
  @RequirePermission('INVITATIONS_VIEW')
  auditEvents(@Root() invitation: Invitation, @Args(() => PageArgs) page: PageArgs, @Ctx() { services }: Context) {
    return services.auditEvents.list({ schoolId: invitation.schoolId, targetId: invitation.id }, pageSize(page), page.after);
  }
}
