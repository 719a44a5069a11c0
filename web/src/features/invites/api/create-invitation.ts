import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { SchoolInvitesQuery } from './school-invites';

/** Answers with the new invitation as a row of the table, with the code and link to share. */
export const CreateInvitationMutation = graphql(`
  mutation CreateInvitation($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      ...InvitationList_invitation
    }
  }
`);

/** Where the new row belongs depends on the server's order, search and filter: the list is fetched again. */
export function useCreateInvitation() {
  return useMutation(CreateInvitationMutation, { refetchQueries: [SchoolInvitesQuery] });
}
