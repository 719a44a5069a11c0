import { graphql } from '../../gql';
import type { RedeemInvitationMutation as Redeemed } from '../../gql/graphql';

/**
 * The viewer joins a school through an invitation: from the invitation page, and from the sign-in
 * page right after creating an account there.
 */
export const RedeemInvitationMutation = graphql(`
  mutation RedeemInvitation($input: RedeemInvitationInput!) {
    redeemInvitation(input: $input) {
      alreadyMember
      addedToGroups {
        id
        name
      }
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

/**
 * The school's page after joining: it welcomes a new member (`welcome=1`) and names the groups the
 * invitation added them to (`group=`, once each), which only this answer knows.
 */
export function welcomePath({
  alreadyMember,
  addedToGroups,
  membership,
}: Redeemed['redeemInvitation']): string {
  const params = new URLSearchParams();
  if (!alreadyMember) params.set('welcome', '1');
  for (const group of addedToGroups) params.append('group', group.name);
  const query = params.toString();
  return `/schools/${membership.school.slug}${query ? `?${query}` : ''}`;
}
