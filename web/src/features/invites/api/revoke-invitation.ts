import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      status
      revokedAt
      viewerCanRevoke
      revokedBy {
        id
        name
      }
    }
  }
`);

/**
 * The answer carries every field a revocation changes, so Apollo's normalised cache updates each
 * copy of the invitation (table row, details) in place, without a reload.
 */
export function useRevokeInvitation() {
  return useMutation(RevokeInvitationMutation);
}
