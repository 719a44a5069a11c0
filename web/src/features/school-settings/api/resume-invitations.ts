import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ResumeInvitationsMutation = graphql(`
  mutation ResumeInvitations($schoolId: ID!) {
    resumeInvitations(schoolId: $schoolId) {
      id
      invitationsPausedAt
    }
  }
`);

export function useResumeInvitations() {
  return useMutation(ResumeInvitationsMutation);
}
