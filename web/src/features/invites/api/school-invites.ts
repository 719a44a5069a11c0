import { graphql } from '../../../gql';

/** One page of a school's invitations, searched and filtered (status, group) on the server; rows as the table shows them. */
export const SchoolInvitesQuery = graphql(`
  query SchoolInvites(
    $schoolId: ID!
    $first: Int
    $after: String
    $search: String
    $status: InvitationStatus
    $groupId: ID
  ) {
    school(id: $schoolId) {
      id
      invitations(
        first: $first
        after: $after
        search: $search
        status: $status
        groupId: $groupId
      ) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...InvitationList_invitation
          }
        }
      }
    }
  }
`);
