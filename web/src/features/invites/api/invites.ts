import { graphql } from '../../../gql';

export const InvitationRowFragment = graphql(`
  fragment InvitesTable_invitation on Invitation {
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
    revokedAt
    viewerCanRevoke
    createdBy {
      id
      name
    }
  }
`);

export const SchoolInvitesQuery = graphql(`
  query SchoolInvites($schoolId: ID!, $first: Int, $after: String, $search: String, $status: InvitationStatus) {
    school(id: $schoolId) {
      id
      invitations(first: $first, after: $after, search: $search, status: $status) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...InvitesTable_invitation
          }
        }
      }
    }
  }
`);

export const CreateInvitationMutation = graphql(`
  mutation CreateInvitation($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      ...InvitesTable_invitation
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
      revokedBy {
        id
        name
      }
    }
  }
`);

export const RevokeInvitationsMutation = graphql(`
  mutation RevokeInvitations($schoolId: ID!, $ids: [ID!]!) {
    revokeInvitations(schoolId: $schoolId, ids: $ids) {
      id
      status
      revokedAt
      viewerCanRevoke
    }
  }
`);

export const ReplaceInvitationMutation = graphql(`
  mutation ReplaceInvitation($id: ID!) {
    replaceInvitation(id: $id) {
      ...InvitesTable_invitation
      replaces {
        id
        status
        revokedAt
        viewerCanRevoke
      }
    }
  }
`);

export const InvitationDetailsQuery = graphql(`
  query InvitationDetails($id: ID!, $after: String) {
    invitation(id: $id) {
      ...InvitesTable_invitation
      lastUsedAt
      revokedBy {
        id
        name
      }
      replaces {
        id
        code
      }
      school {
        id
        name
      }
      redemptions(first: 10, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            redeemedAt
            user {
              id
              name
            }
          }
        }
      }
      auditEvents(first: 50) {
        edges {
          node {
            id
            action
            createdAt
            actor {
              id
              name
            }
          }
        }
      }
    }
  }
`);
