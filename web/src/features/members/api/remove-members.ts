import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

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
 * The answer only counts, so the school's lists that changed (members, the blocked, its count,
 * the invitations now left over) are dropped from the cache and asked again where they show.
 */
export function useRemoveMembers(schoolId: string) {
  return useMutation(RemoveMembersMutation, {
    update(cache, _result, { variables }) {
      const school = cache.identify({ __typename: 'School', id: schoolId });
      for (const fieldName of ['members', 'memberCount', 'blockedUsers', 'invitations'])
        cache.evict({ id: school, fieldName });
      for (const id of [variables?.membershipIds ?? []].flat())
        cache.evict({ id: cache.identify({ __typename: 'Membership', id: String(id) }) });
      cache.gc();
    },
  });
}
