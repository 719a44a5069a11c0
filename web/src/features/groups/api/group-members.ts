import { graphql } from '../../../gql';

/** One page of a group's members, newest first, searched on the server by name or email. */
export const GroupMembersQuery = graphql(`
  query GroupMembers($id: ID!, $after: String, $search: String, $withEmail: Boolean!) {
    group(id: $id) {
      id
      memberCount
      members(first: 25, after: $after, search: $search) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            role
            user {
              id
              name
              email @include(if: $withEmail)
            }
          }
        }
      }
    }
  }
`);
