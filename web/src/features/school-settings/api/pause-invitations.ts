import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** The answer's invitationsPausedAt is written over the cached school, so every screen shows the pause. */
export const PauseInvitationsMutation = graphql(`
  mutation PauseInvitations($schoolId: ID!) {
    pauseInvitations(schoolId: $schoolId) {
      id
      invitationsPausedAt
    }
  }
`);

export function usePauseInvitations() {
  return useMutation(PauseInvitationsMutation);
}
