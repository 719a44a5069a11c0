import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequirePermissionOrLeading } from '../../auth/guards';
import { WithParent } from '../../auth/declarations';
import type { Context } from '../../graphql/context';
import { loadSchool, School } from '../schools/school.type';
import { loadOptionalUser, loadUser, User } from '../users/user.type';
import { invitationLink } from './credentials';
import { groupsOfThisInvitation, Invitation, toInvitation } from './invitation.type';

@Resolver(() => Invitation)
export class InvitationFieldsResolver {
  @WithParent()
  @FieldResolver(() => School)
  school(@Root() invitation: Invitation, @Ctx() { loaders }: Context): Promise<School> {
    return loadSchool(loaders, invitation.schoolId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Absolute URL of the invitation page: <public url>/invite/<token>. Requires INVITATIONS_VIEW.',
  })
  @RequirePermissionOrLeading('INVITATIONS_VIEW', groupsOfThisInvitation)
  link(@Root() invitation: Invitation, @Ctx() { services }: Context): string {
    return invitationLink(services.publicUrl, invitation.secretToken);
  }

  @WithParent()
  @FieldResolver(() => User)
  createdBy(@Root() invitation: Invitation, @Ctx() { loaders }: Context): User | Promise<User> {
    return invitation.creator ?? loadUser(loaders, invitation.createdById);
  }

  @WithParent()
  @FieldResolver(() => User, { nullable: true })
  revokedBy(@Root() invitation: Invitation, @Ctx() { loaders }: Context): Promise<User | null> {
    return loadOptionalUser(loaders, invitation.revokedById);
  }

  @FieldResolver(() => Invitation, {
    nullable: true,
    description: 'The invitation this one replaced, if any.',
  })
  @RequirePermissionOrLeading('INVITATIONS_VIEW', groupsOfThisInvitation)
  async replaces(
    @Root() invitation: Invitation,
    @Ctx() { loaders }: Context,
  ): Promise<Invitation | null> {
    if (!invitation.replacesId) return null;
    const row = await loaders.invitation.load(invitation.replacesId);
    return row ? toInvitation(row) : null;
  }

  @WithParent()
  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may revoke this invitation now.',
  })
  async viewerCanRevoke(
    @Root() invitation: Invitation,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<boolean> {
    return (
      invitation.status !== 'REVOKED' &&
      (await services.invitations.allows(access, loaders, invitation, 'INVITATIONS_REVOKE'))
    );
  }

  @FieldResolver(() => [String], {
    description:
      "Copied from the school's policy and the creator's choice when it was created. Requires INVITATIONS_VIEW.",
  })
  @RequirePermissionOrLeading('INVITATIONS_VIEW', groupsOfThisInvitation)
  allowedEmailDomains(@Root() invitation: Invitation): string[] {
    return invitation.allowedEmailDomains;
  }
}
