import { graphql } from '../../../gql';

/** Everything the details drawer shows about one invitation: the facts, who joined, its history. */
export const InvitationDetailsQuery = graphql(`
  query InvitationDetails($id: ID!, $after: String) {
    invitation(id: $id) {
      id
      label
      status
      code
      link
      role
      groups {
        id
        name
      }
      useCount
      maxUses
      createdAt
      createdBy {
        id
        name
      }
      expiresAt
      revokedAt
      revokedBy {
        id
        name
      }
      viewerCanRevoke
      ...ReplaceSection_invitation
      redemptions(first: 10, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            redeemedAt
            user {
              id
              name
            }
          }
        }
      }
      ...InvitationHistory_invitation
    }
  }
`);
