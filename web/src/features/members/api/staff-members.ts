import { graphql } from '../../../gql';

/** Who can take over a group from someone leaving: the school's staff (TEACHER or above). */
export const StaffMembersQuery = graphql(`
  query StaffMembers($schoolId: ID!) {
    school(id: $schoolId) {
      id
      members(first: 100, roles: [OWNER, ADMIN, TEACHER]) {
        edges {
          node {
            id
            role
            user {
              id
              name
            }
          }
        }
      }
    }
  }
`);
