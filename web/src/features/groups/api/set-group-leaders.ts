import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { ViewerQuery } from '../../../lib/viewer/viewer';

/**
 * Answers with the new leaders, which Apollo writes over the cached group wherever it shows. The
 * viewer's standing (viewerLeadsGroups, My classes) is asked again: they may have led it or now do.
 */
export const SetGroupLeadersMutation = graphql(`
  mutation SetGroupLeaders($groupId: ID!, $membershipIds: [ID!]!) {
    setGroupLeaders(groupId: $groupId, membershipIds: $membershipIds) {
      id
      leaders {
        id
        name
      }
    }
  }
`);

export function useSetGroupLeaders() {
  return useMutation(SetGroupLeadersMutation, { refetchQueries: [ViewerQuery] });
}
