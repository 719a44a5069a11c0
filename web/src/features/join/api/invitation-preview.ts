import { graphql } from '../../../gql';

/**
 * What an invitation offers, readable before signing in: the school and its groups, who invited,
 * the role; and what would stop the viewer joining (a pause, a block, a confirmed address needed).
 */
export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String, $code: String) {
    invitationPreview(token: $token, code: $code) {
      schoolName
      schoolSlug
      groupNames
      schoolDescription
      memberCount
      inviterName
      role
      label
      expiresAt
      status
      viewerIsMember
      viewerIsBlocked
      invitationsPaused
      requiresVerifiedEmail
    }
  }
`);
