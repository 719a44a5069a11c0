import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

/**
 * Revokes one invitation from a group's page (a leader may, for invitations whose every group they
 * lead). Apollo's normalised cache writes the answer over the row in place.
 */
export const RevokeGroupInvitationMutation = graphql(`
  mutation RevokeGroupInvitation($id: ID!) {
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

export function useRevokeGroupInvitation() {
  return useMutation(RevokeGroupInvitationMutation);
}
