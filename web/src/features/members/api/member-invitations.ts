import { graphql } from '../../../gql';

/** The live invitations one person created: what keeps working after they stop being staff. */
export const MemberInvitationsQuery = graphql(`
  query MemberInvitations($schoolId: ID!, $userId: ID!, $after: String) {
    school(id: $schoolId) {
      id
      invitations(first: 100, after: $after, createdBy: $userId, status: ACTIVE) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            code
            label
            role
            useCount
          }
        }
      }
    }
  }
`);
