import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { viewerCan } from '../../lib/viewer/can';
import type { ViewerSchool } from '../../lib/viewer/viewer';

/**
 * Whether the school's invitations are paused, and its policy for new ones. The policy is asked
 * for only when the server lets the viewer read it (see mayReadInvitationPolicy).
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

/**
 * Mirrors who may read School.invitationPolicy: whoever manages the school or creates
 * invitations in it, leaders of its groups included (they create invitations under it too).
 */
export function mayReadInvitationPolicy(school: ViewerSchool): boolean {
  return (
    viewerCan(school, 'SCHOOL_MANAGE') ||
    viewerCan(school, 'INVITATIONS_CREATE') ||
    Boolean(school.viewerLeadsGroups)
  );
}

/**
 * The school's pause and policy, as the Invites screen, the rules page and every create form
 * show them. `loading` is true only until the first answer: a create form waits for it, because
 * its first choices come from the policy.
 */
export function useInvitationRules(school: ViewerSchool, { skip = false } = {}) {
  const { data, loading, error } = useQuery(InvitationRulesQuery, {
    variables: { schoolId: school.id, withPolicy: mayReadInvitationPolicy(school) },
    skip,
  });
  const answer = data?.school;
  return {
    /** The school's answer; undefined until it came (or when it failed). */
    answer,
    rules: answer?.invitationPolicy ?? null,
    pausedAt: answer?.invitationsPausedAt ?? null,
    loading: !skip && loading && !data,
    error,
  };
}
