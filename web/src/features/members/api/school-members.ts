import { graphql } from '../../../gql';

/**
 * The member list. Someone who manages members also gets what each would leave behind (the
 * groups they lead, with those groups' leaders) for the confirmations.
 */
export const SchoolMembersQuery = graphql(`
  query SchoolMembers(
    $schoolId: ID!
    $after: String
    $search: String
    $withInvitations: Boolean!
    $manages: Boolean!
  ) {
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
            ledGroups @include(if: $manages) {
              id
              name
              leaderMembershipIds
            }
          }
        }
      }
    }
  }
`);
