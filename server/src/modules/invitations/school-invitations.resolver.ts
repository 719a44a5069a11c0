import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequirePermission, RequirePermissionOrLeading } from '../../auth/guards';
import { groupsLedInSchool } from '../groups/group.type';
import { isUuid } from '../../database/ids';
import type { Context } from '../../graphql/context';
import { pageQuery } from '../../graphql/pagination';
import { Membership } from '../memberships/membership.type';
import { School } from '../schools/school.type';
import { SchoolInvitationListArgs } from './invitation.inputs';
import {
  Invitation,
  InvitationConnection,
  toInvitation,
  toInvitationConnection,
} from './invitation.type';

/** A filter by an id; one that cannot exist matches nothing (and PostgreSQL never casts it). */
const idFilter = (id: string | null | undefined) =>
  !id ? null : isUuid(id) ? id : '00000000-0000-0000-0000-000000000000';

@Resolver(() => School)
export class SchoolInvitationsResolver {
  @FieldResolver(() => InvitationConnection, {
    nullable: true,
    description:
      "Requires INVITATIONS_VIEW in this school (a leader of groups without it sees the invitations whose every group they lead). Newest first. `search` matches, case-insensitively, a part of the creator's name, of the code, or of the link.",
  })
  @RequirePermissionOrLeading('INVITATIONS_VIEW', groupsLedInSchool)
  async invitations(
    @Root() school: School,
    @Args(() => SchoolInvitationListArgs) args: SchoolInvitationListArgs,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<InvitationConnection> {
    const query = {
      ...pageQuery('i', args),
      search: args.search,
      status: args.status,
      groupId: idFilter(args.groupId),
      batchId: idFilter(args.batchId),
      createdBy: idFilter(args.createdBy),
      createdByFormerStaff: args.createdByFormerStaff ?? false,
    };
    // The school's counter answers an unfiltered total; read when the total is asked for.
    const invitationCount = async () =>
      school.invitationCount ??
      (await services.schools.get(access, loaders, school.id)).invitationCount;
    const page = await services.invitations.list(access, school.id, invitationCount, query);
    return toInvitationConnection(page, loaders);
  }
}

@Resolver(() => Membership)
export class MembershipInvitationResolver {
  @FieldResolver(() => Invitation, {
    nullable: true,
    description:
      "The invitation this member joined through; null for the school's creator. Requires INVITATIONS_VIEW.",
  })
  @RequirePermission('INVITATIONS_VIEW')
  async invitation(
    @Root() membership: Membership,
    @Ctx() { loaders }: Context,
  ): Promise<Invitation | null> {
    if (!membership.invitationId) return null;
    const row = await loaders.invitation.load(membership.invitationId);
    return row ? toInvitation(row) : null;
  }
}
