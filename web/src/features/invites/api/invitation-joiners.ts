import { graphql } from '../../../gql';

/**
 * Everyone who joined through one invitation, a page at a time, and whether each is still a
 * member (membership null once they left or were removed): what a leak review goes through.
 */
export const InvitationJoinersQuery = graphql(`
  query InvitationJoiners($id: ID!, $after: String) {
    invitation(id: $id) {
      id
      redemptions(first: 100, after: $after) {
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
              email
            }
            membership {
              id
              role
            }
          }
        }
      }
    }
  }
`);
