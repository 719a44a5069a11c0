import { graphql } from '../../../gql';

/** Members to hand the school to, found by name or email. */
export const MemberOptionsQuery = graphql(`
  query MemberOptions($schoolId: ID!, $search: String) {
    school(id: $schoolId) {
      id
      members(first: 20, search: $search) {
        edges {
          node {
            id
            role
            user {
              id
              name
              email
            }
          }
        }
      }
    }
  }
`);
