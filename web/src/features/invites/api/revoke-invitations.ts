import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const RevokeInvitationsMutation = graphql(`
  mutation RevokeInvitations($schoolId: ID!, $ids: [ID!]!) {
    revokeInvitations(schoolId: $schoolId, ids: $ids) {
      id
      status
      revokedAt
      viewerCanRevoke
    }
  }
`);

/** Like one revocation: each answered invitation's new status updates its cached row in place. */
export function useRevokeInvitations() {
  return useMutation(RevokeInvitationsMutation);
}
