import { graphql } from '../../../gql';

export const BlockedUsersQuery = graphql(`
  query BlockedUsers($schoolId: ID!, $after: String) {
    school(id: $schoolId) {
      id
      blockedUsers(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            user {
              id
              name
            }
            blockedAt
            blockedBy {
              id
              name
            }
            reason
          }
        }
      }
    }
  }
`);
