import { graphql } from '../../../gql';

/** School members to pick from (a group's leaders, members to add), found by name or email. */
export const SchoolMemberOptionsQuery = graphql(`
  query SchoolMemberOptions($schoolId: ID!, $search: String, $first: Int) {
    school(id: $schoolId) {
      id
      members(first: $first, search: $search) {
        edges {
          node {
            id
            role
            user {
              id
              name
            }
            groups {
              id
            }
          }
        }
      }
    }
  }
`);
