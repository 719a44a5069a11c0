import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** Answers with every field a revocation changes that a screen shows, the history included. */
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
      ...InvitationHistory_invitation
    }
  }
`);

/**
 * Apollo's normalised cache writes the answer over each copy of the invitation (list row, card,
 * details and history), so every screen is right without a reload or a second request.
 */
export function useRevokeInvitation() {
  return useMutation(RevokeInvitationMutation);
}
