import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

/**
 * The answer (the new role, and the groups still led: none below TEACHER) is written over the
 * cached row. The school's left-over invitations are asked again: a demoted creator's now count.
 */
export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($membershipId: ID!, $role: SchoolRole!) {
    changeMemberRole(membershipId: $membershipId, role: $role) {
      id
      role
      ledGroups {
        id
        name
        leaderMembershipIds
      }
    }
  }
`);

export function useChangeMemberRole(schoolId: string) {
  return useMutation(ChangeMemberRoleMutation, {
    update(cache) {
      cache.evict({
        id: cache.identify({ __typename: 'School', id: schoolId }),
        fieldName: 'invitations',
      });
    },
  });
}
