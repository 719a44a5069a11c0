import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** Revokes what someone leaving left behind, all at once; the school's lists are asked again. */
export const RevokeLeftInvitationsMutation = graphql(`
  mutation RevokeLeftInvitations($schoolId: ID!, $ids: [ID!]!) {
    revokeInvitations(schoolId: $schoolId, ids: $ids) {
      id
      status
      revokedAt
      viewerCanRevoke
    }
  }
`);

export function useRevokeLeftInvitations(schoolId: string) {
  return useMutation(RevokeLeftInvitationsMutation, {
    update(cache) {
      cache.evict({
        id: cache.identify({ __typename: 'School', id: schoolId }),
        fieldName: 'invitations',
      });
      cache.gc();
    },
  });
}
