import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** Removes (and may block) people who joined through an invitation, all in one step or none. */
export const RemoveJoinedMembersMutation = graphql(`
  mutation RemoveJoinedMembers(
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
 * The answer only counts: the school's member lists and count, and the redemptions cached for
 * the details drawer (whose people may now be gone), are dropped and asked again where shown.
 */
export function useRemoveJoinedMembers(schoolId: string, invitationId: string) {
  return useMutation(RemoveJoinedMembersMutation, {
    update(cache, _result, { variables }) {
      const school = cache.identify({ __typename: 'School', id: schoolId });
      for (const fieldName of ['members', 'memberCount', 'blockedUsers'])
        cache.evict({ id: school, fieldName });
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
