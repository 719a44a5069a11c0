import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequirePermissionOrLeading, RequireSignIn } from '../../auth/guards';
import { Public, WithParent } from '../../auth/declarations';
import type { Context } from '../../graphql/context';
import { PageArgs, pageQuery, toCountedConnection } from '../../graphql/pagination';
import { groupsOfThisInvitation, Invitation } from '../invitations/invitation.type';
import { loadGroups } from '../groups/group.type';
import { Membership, toMembership } from '../memberships/membership.type';
import { loadUser, User } from '../users/user.type';
import { RedeemInvitationInput } from './redemption.inputs';
import {
  InvitationPreview,
  RedeemResult,
  Redemption,
  RedemptionConnection,
  toInvitationPreview,
  toRedemption,
} from './redemption.type';

@Resolver()
export class RedemptionResolver {
  @Query(() => InvitationPreview, { description: 'Public. Exactly one of token and code.' })
  @Public('the invite page shown before anyone signs in; failed look-ups are limited')
  async invitationPreview(
    @Args(() => RedeemInvitationInput) args: RedeemInvitationInput,
    @Ctx() { viewer, ip, services }: Context,
  ): Promise<InvitationPreview> {
    return toInvitationPreview(await services.redemptions.preview(viewer, ip, args));
  }

  @Mutation(() => RedeemResult, {
    description: "Signed-in viewer joins the school with the invitation's role.",
  })
  @RequireSignIn()
  async redeemInvitation(
    @Arg('input', () => RedeemInvitationInput) input: RedeemInvitationInput,
    @Ctx() { access, ip, loaders, services }: Context,
  ): Promise<RedeemResult> {
    const { membership, alreadyMember, addedGroupIds } = await services.redemptions.redeem(
      access,
      ip,
      input,
    );
    // Membership.groups later in this request must see the groups just joined.
    loaders.membershipGroups.clear(membership.id);
    return {
      membership: toMembership(membership),
      alreadyMember,
      addedToGroups: await loadGroups(loaders, addedGroupIds),
    };
  }
}

@Resolver(() => Redemption)
export class RedemptionFieldsResolver {
  @WithParent()
  @FieldResolver(() => Membership, {
    nullable: true,
    description: 'The membership made by this join; null once that member has left or was removed.',
  })
  async membership(
    @Root() redemption: Redemption,
    @Ctx() { loaders }: Context,
  ): Promise<Membership | null> {
    const found = await loaders.membershipOf.load(`${redemption.schoolId}:${redemption.userId}`);
    // Someone who left and joined again has a newer membership: it belongs to their later join.
    return found && found.joinedAt <= redemption.redeemedAt ? toMembership(found) : null;
  }

  @WithParent()
  @FieldResolver(() => User)
  user(@Root() redemption: Redemption, @Ctx() { loaders }: Context): Promise<User> {
    return loadUser(loaders, redemption.userId);
  }
}

@Resolver(() => Invitation)
export class InvitationRedemptionsResolver {
  @FieldResolver(() => RedemptionConnection, {
    nullable: true,
    description: 'Who joined through this invitation, newest first. Requires INVITATIONS_VIEW.',
  })
  @RequirePermissionOrLeading('INVITATIONS_VIEW', groupsOfThisInvitation)
  async redemptions(
    @Root() invitation: Invitation,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { services }: Context,
  ): Promise<RedemptionConnection> {
    return toCountedConnection(
      'r',
      await services.redemptions.list(invitation.id, pageQuery('r', args)),
      toRedemption,
    );
  }
}
