import { graphql } from '../../../gql';

/** Live invitations whose creator is no longer staff here (left, removed, or demoted). */
export const LeftOverInvitationsQuery = graphql(`
  query LeftOverInvitations($schoolId: ID!, $after: String) {
    school(id: $schoolId) {
      id
      invitations(first: 50, after: $after, createdByFormerStaff: true, status: ACTIVE) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...InvitationList_invitation
          }
        }
      }
    }
  }
`);
