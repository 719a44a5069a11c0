import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

/** Removes (and may block) members of a school: all of them in one step, or none. */
export const RemoveMembersMutation = graphql(`
  mutation RemoveMembers(
    $schoolId: ID!
    $membershipIds: [ID!]!
    $block: Boolean!
    $reason: String
  ) {
    removeMembers(
      schoolId: $schoolId
      membershipIds: $membershipIds
      block: $block
      reason: $reason
    ) {
      removed
      blocked
    }
  }
`);

/**
 * The answer only counts, so what it changed is dropped from the cache and asked again where it
 * shows: the school's members, their count, the blocked, the invitations now left over by former
 * staff, the removed memberships, and (after a leak, `invitationId`) who joined through it.
 */
export function useRemoveMembers(schoolId: string, invitationId?: string) {
  return useMutation(RemoveMembersMutation, {
    update(cache, _result, { variables }) {
      const school = cache.identify({ __typename: 'School', id: schoolId });
      for (const fieldName of ['members', 'memberCount', 'blockedUsers', 'invitations'])
        cache.evict({ id: school, fieldName });
      if (invitationId)
        cache.evict({
          id: cache.identify({ __typename: 'Invitation', id: invitationId }),
          fieldName: 'redemptions',
        });
      for (const id of [variables?.membershipIds ?? []].flat())
        cache.evict({ id: cache.identify({ __typename: 'Membership', id: String(id) }) });
      cache.gc();
    },
  });
}
