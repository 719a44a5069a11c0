import { graphql } from '../../../gql';

/**
 * Whether the school's invitations are paused, and its policy for new ones. The policy is asked
 * for only when the server lets the viewer read it (SCHOOL_MANAGE or INVITATIONS_CREATE).
 */
export const InvitationRulesQuery = graphql(`
  query InvitationRules($schoolId: ID!, $withPolicy: Boolean!) {
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
