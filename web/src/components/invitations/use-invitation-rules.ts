import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { viewerCan } from '../../lib/viewer/can';
import type { ViewerSchool } from '../../lib/viewer/viewer';

export const InvitationFormRulesQuery = graphql(`
  query InvitationFormRules($schoolId: ID!) {
    school(id: $schoolId) {
      id
      invitationPolicy {
        allowedEmailDomains
        maxExpiryDays
        staffInvitationsMustBeLimited
      }
    }
  }
`);

/**
 * The school's policy for new invitations, for the create form outside the Invites screen (a
 * class's page, My classes): everyone who may create one may read it, leaders included, so the
 * form offers only what the server will accept. `loading` holds the form back until it is known,
 * because the form's first choices come from it.
 */
export function useInvitationRules(school: ViewerSchool, { skip = false } = {}) {
  const mayRead =
    viewerCan(school, 'INVITATIONS_CREATE') ||
    viewerCan(school, 'SCHOOL_MANAGE') ||
    Boolean(school.viewerLeadsGroups);
  const { data, loading } = useQuery(InvitationFormRulesQuery, {
    variables: { schoolId: school.id },
    skip: skip || !mayRead,
  });
  return {
    rules: data?.school?.invitationPolicy ?? null,
    loading: mayRead && !skip && loading && !data,
  };
}
