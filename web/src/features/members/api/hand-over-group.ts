import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { ViewerQuery } from '../../../lib/viewer/viewer';

/**
 * A group someone leaving led gets its new set of leaders; the answer updates the cached group. The
 * viewer's standing is asked again: they may have handed the group to themself.
 */
export const HandOverGroupMutation = graphql(`
  mutation HandOverGroup($groupId: ID!, $membershipIds: [ID!]!) {
    setGroupLeaders(groupId: $groupId, membershipIds: $membershipIds) {
      id
      leaderMembershipIds
      leaders {
        id
        name
      }
    }
  }
`);

export function useHandOverGroup() {
  return useMutation(HandOverGroupMutation, { refetchQueries: [ViewerQuery] });
}
