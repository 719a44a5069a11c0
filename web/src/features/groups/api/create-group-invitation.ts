import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { GroupInvitationsQuery } from './group-invitations';

/** An invitation into one or more groups (a leader's: students, into groups they lead). */
export const CreateGroupInvitationMutation = graphql(`
  mutation CreateGroupInvitation($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      ...InvitationList_invitation
    }
  }
`);

/** The group's invitations are newest first on the server: they are fetched again. */
export function useCreateGroupInvitation() {
  return useMutation(CreateGroupInvitationMutation, { refetchQueries: [GroupInvitationsQuery] });
}
