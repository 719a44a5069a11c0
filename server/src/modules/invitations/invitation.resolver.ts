import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { RequirePermission, type SchoolOf } from '../../auth/guards';
import type { Context } from '../../graphql/context';
import { CreateInvitationInput, RevokeInvitationsArgs } from './invitation.inputs';
import { Invitation, toInvitation } from './invitation.type';

/** The school of the invitation named by the `id` argument, looked up, never taken from the caller. */
const schoolOfInvitation: SchoolOf = async ({ args, context }) =>
  (await context.services.invitations.findVisible(context.access, context.loaders, String(args.id)))
    .school_id;

@Resolver()
export class InvitationResolver {
  @Query(() => Invitation, {
    nullable: true,
    description:
      "Requires INVITATIONS_VIEW in the invitation's school; NOT_FOUND for viewers outside it.",
  })
  @RequirePermission('INVITATIONS_VIEW', schoolOfInvitation)
  async invitation(
    @Arg('id', () => ID) id: string,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<Invitation> {
    return toInvitation(
      await services.invitations.findVisible(access, loaders, id, 'INVITATIONS_VIEW'),
    );
  }

  @Mutation(() => Invitation, { description: 'Requires INVITATIONS_CREATE in the school.' })
  @RequirePermission(
    'INVITATIONS_CREATE',
    ({ args }) => (args.input as CreateInvitationInput).schoolId,
  )
  async createInvitation(
    @Arg('input', () => CreateInvitationInput) input: CreateInvitationInput,
    @Ctx() { access, services }: Context,
  ): Promise<Invitation> {
    return toInvitation(await services.invitations.create(access, input));
  }

  @Mutation(() => Invitation, {
    description: 'Requires INVITATIONS_REVOKE. Irreversible; immediate; members who joined stay.',
  })
  @RequirePermission('INVITATIONS_REVOKE', schoolOfInvitation)
  async revokeInvitation(
    @Arg('id', () => ID) id: string,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<Invitation> {
    const row = await services.invitations.revoke(access, loaders, id);
    // Later fields of this request that load the invitation must see it revoked.
    loaders.invitation.clear(id).prime(id, row);
    return toInvitation(row);
  }

  @Mutation(() => [Invitation], {
    description:
      'Requires INVITATIONS_REVOKE. Revokes all the named invitations of one school in one step, or none.',
  })
  @RequirePermission('INVITATIONS_REVOKE', ({ args }) => (args as RevokeInvitationsArgs).schoolId)
  async revokeInvitations(
    @Args(() => RevokeInvitationsArgs) input: RevokeInvitationsArgs,
    @Ctx() { access, services }: Context,
  ): Promise<Invitation[]> {
    return (await services.invitations.revokeMany(access, input.schoolId, input.ids)).map(
      toInvitation,
    );
  }

  @Mutation(() => Invitation, {
    description:
      'Requires INVITATIONS_REVOKE and INVITATIONS_CREATE. Revokes the invitation and creates a new one with the same role, label, usage limit and validity period, in one step; returns the new one.',
  })
  @RequirePermission('INVITATIONS_REVOKE', schoolOfInvitation)
  async replaceInvitation(
    @Arg('id', () => ID) id: string,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<Invitation> {
    const created = await services.invitations.replace(access, loaders, id);
    // The old invitation was loaded before it was revoked; later fields (`replaces`) must see it revoked.
    loaders.invitation.clear(id);
    return toInvitation(created);
  }
}
