import { graphql } from '../../../gql';

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String, $code: String) {
    invitationPreview(token: $token, code: $code) {
      schoolName
      schoolSlug
      schoolDescription
      memberCount
      inviterName
      role
      label
      expiresAt
      status
      viewerIsMember
    }
  }
`);

export const RedeemInvitationMutation = graphql(`
  mutation RedeemInvitation($input: RedeemInvitationInput!) {
    redeemInvitation(input: $input) {
      alreadyMember
      membership {
        role
        school {
          id
          slug
          name
        }
      }
    }
  }
`);
