import { graphql } from '../../../gql';

/**
 * What the Invites screen must say before anyone shares a link: whether the school paused every
 * invitation, and (for those who may read it) the policy new invitations must follow.
 */
export const InvitesRulesQuery = graphql(`
  query InvitesRules($schoolId: ID!, $withPolicy: Boolean!) {
    school(id: $schoolId) {
      id
      invitationsPausedAt
      invitationPolicy @include(if: $withPolicy) {
        allowedEmailDomains
        maxExpiryDays
        staffInvitationsMustBeLimited
      }
    }
  }
`);
