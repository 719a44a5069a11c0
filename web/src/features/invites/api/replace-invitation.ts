import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { SchoolInvitesQuery } from './school-invites';

/** Answers with the new invitation (a table row) and the revoked one it replaces. */
export const ReplaceInvitationMutation = graphql(`
  mutation ReplaceInvitation($id: ID!) {
    replaceInvitation(id: $id) {
      ...InvitesTable_invitation
      replaces {
        id
        status
        revokedAt
        viewerCanRevoke
      }
    }
  }
`);

/** The old row updates in place; the new one is placed by the server, so the list is fetched again. */
export function useReplaceInvitation() {
  return useMutation(ReplaceInvitationMutation, { refetchQueries: [SchoolInvitesQuery] });
}
