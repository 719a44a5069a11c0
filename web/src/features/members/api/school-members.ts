import { graphql } from '../../../gql';

export const SchoolMembersQuery = graphql(`
  query SchoolMembers($schoolId: ID!, $after: String, $search: String, $withInvitations: Boolean!) {
    school(id: $schoolId) {
      id
      members(first: 50, after: $after, search: $search) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            role
            joinedAt
            user {
              id
              name
              email
            }
            invitation @include(if: $withInvitations) {
              id
              label
              code
            }
          }
        }
      }
    }
  }
`);
