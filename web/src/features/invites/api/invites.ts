import { graphql } from '../../../gql';

export const SchoolInvitesQuery = graphql(`
  query SchoolInvites($schoolId: ID!, $first: Int, $after: String, $search: String, $status: InvitationStatus) {
    school(id: $schoolId) {
      id
      name
      viewerPermissions
      invitations(first: $first, after: $after, search: $search, status: $status) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            code
            link
            role
            label
            useCount
            maxUses
            expiresAt
            status
            createdAt
            viewerCanRevoke
            createdBy {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const CreateInvitationMutation = graphql(`
  mutation CreateInvitation($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      id
      code
      link
      role
      label
      status
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      status
      revokedAt
      viewerCanRevoke
    }
  }
`);
