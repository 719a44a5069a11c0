import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { ViewerQuery } from '../../../lib/viewer/viewer';

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

/** Joining adds a school to the viewer's list, so the viewer query is fetched again. */
export function useRedeemInvitation() {
  return useMutation(RedeemInvitationMutation, { refetchQueries: [ViewerQuery] });
}
