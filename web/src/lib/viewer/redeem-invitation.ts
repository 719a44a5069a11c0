import { graphql } from '../../gql';

/**
 * The viewer joins a school through an invitation: from the invitation page, and from the sign-in
 * page right after creating an account there.
 */
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
