import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { SchoolInvitesQuery } from './school-invites';

/**
 * Answers with the new invitation (as the list shows it) and the revoked one it replaces, with
 * every field the revocation changed that a screen shows (who revoked it, its history).
 */
export const ReplaceInvitationMutation = graphql(`
  mutation ReplaceInvitation($id: ID!) {
    replaceInvitation(id: $id) {
      ...InvitationList_invitation
      replaces {
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
  }
`);

/** The old invitation updates in place; the new one is placed by the server, so the list is fetched again. */
export function useReplaceInvitation() {
  return useMutation(ReplaceInvitationMutation, { refetchQueries: [SchoolInvitesQuery] });
}
