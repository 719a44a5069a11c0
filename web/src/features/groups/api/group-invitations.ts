import { graphql } from '../../../gql';

/**
 * One page of the invitations that join a group, newest first; rows as the Invites table shows
 * them. A leader without INVITATIONS_VIEW sees those whose every group they lead.
 */
export const GroupInvitationsQuery = graphql(`
  query GroupInvitations($id: ID!, $after: String) {
    group(id: $id) {
      id
      invitations(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...InvitationList_invitation
          }
        }
      }
    }
  }
`);
