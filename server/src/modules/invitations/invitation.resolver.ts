import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { RequirePermissionOrLeading, type GroupsOf, type SchoolOf } from '../../auth/guards';
import type { Context } from '../../graphql/context';
import { CreateInvitationBatchInput } from '../groups/group.inputs';
import { CreateInvitationInput, RevokeInvitationsArgs } from './invitation.inputs';
import { Invitation, toInvitation } from './invitation.type';

/** The school of the invitation named by the `id` argument, looked up, never taken from the caller. */
const schoolOfInvitation: SchoolOf = async ({ args, context }) =>
  (await context.services.invitations.findVisible(context.access, context.loaders, String(args.id)))
    .school_id;

/** The groups of the invitation named by `id`: their leader may view and revoke it. */
const groupsOfInvitation: GroupsOf = ({ args, context }) =>
  context.loaders.invitationGroupIds.load(String(args.id));

/**
 * The groups of every invitation named by `ids`; none when any of them joins no group, since a
 * leader may revoke only invitations into groups they lead, every one of them.
 */
const groupsOfInvitations: GroupsOf = async ({ args, context }) => {
  const each = await Promise.all(
    (args.ids as string[]).map((id) => context.loaders.invitationGroupIds.load(id)),
  );
  return each.some((groups) => groups.length === 0) ? [] : [...new Set(each.flat())];
};

@Resolver()
export class InvitationResolver {
  @Query(() => Invitation, {
    nullable: true,
    description:
      "Requires INVITATIONS_VIEW in the invitation's school; NOT_FOUND for viewers outside it.",
  })
  @RequirePermissionOrLeading('INVITATIONS_VIEW', groupsOfInvitation, schoolOfInvitation)
  async invitation(
    @Arg('id', () => ID) id: string,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<Invitation> {
    return toInvitation(
      await services.invitations.findVisible(access, loaders, id, 'INVITATIONS_VIEW'),
    );
  }

  @Mutation(() => Invitation, {
    description:
      'Requires INVITATIONS_CREATE in the school, or leading every named group (then role STUDENT).',
  })
  @RequirePermissionOrLeading(
    'INVITATIONS_CREATE',
    ({ args }) => (args.input as CreateInvitationInput).groupIds ?? [],
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
  @RequirePermissionOrLeading('INVITATIONS_REVOKE', groupsOfInvitation, schoolOfInvitation)
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
  @RequirePermissionOrLeading(
    'INVITATIONS_REVOKE',
    groupsOfInvitations,
    ({ args }) => (args as RevokeInvitationsArgs).schoolId,
  )
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
  @RequirePermissionOrLeading('INVITATIONS_REVOKE', groupsOfInvitation, schoolOfInvitation)
  async replaceInvitation(
    @Arg('id', () => ID) id: string,
    @Ctx() { access, loaders, services }: Context,
  ): Promise<Invitation> {
    const created = await services.invitations.replace(access, loaders, id);
    // The old invitation was loaded before it was revoked; later fields (`replaces`) must see it revoked.
    loaders.invitation.clear(id);
    return toInvitation(created);
  }

  @Mutation(() => [Invitation], {
    description:
      'Requires INVITATIONS_CREATE, or leading every named group (then role STUDENT or GUARDIAN). All or none; at most 500 invitations.',
  })
  @RequirePermissionOrLeading(
    'INVITATIONS_CREATE',
    ({ args }) => (args.input as CreateInvitationBatchInput).groupIds,
    ({ args }) => (args.input as CreateInvitationBatchInput).schoolId,
  )
  async createInvitationBatch(
    @Arg('input', () => CreateInvitationBatchInput) input: CreateInvitationBatchInput,
    @Ctx() { access, services }: Context,
  ): Promise<Invitation[]> {
    return (await services.invitationBatches.create(access, input)).map(toInvitation);
  }
}
