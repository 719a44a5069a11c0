import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** Resume from the Invites screen's banner (School settings has its own pause switch). */
export const ResumePausedInvitationsMutation = graphql(`
  mutation ResumePausedInvitations($schoolId: ID!) {
    resumeInvitations(schoolId: $schoolId) {
      id
      invitationsPausedAt
    }
  }
`);

export function useResumePausedInvitations() {
  return useMutation(ResumePausedInvitationsMutation);
}
