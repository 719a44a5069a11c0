import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** Answers with the policy as the server stored it (domains normalised), written over the cached one. */
export const UpdateInvitationPolicyMutation = graphql(`
  mutation UpdateInvitationPolicy($schoolId: ID!, $input: InvitationPolicyInput!) {
    updateInvitationPolicy(schoolId: $schoolId, input: $input) {
      id
      invitationPolicy {
        allowedEmailDomains
        maxExpiryDays
        staffInvitationsMustBeLimited
      }
    }
  }
`);

export function useUpdateInvitationPolicy() {
  return useMutation(UpdateInvitationPolicyMutation);
}
