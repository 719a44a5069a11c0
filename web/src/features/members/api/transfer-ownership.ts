import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

/**
 * The answer carries the viewer's new standing (ADMIN, and what that allows), written over the
 * school in the viewer's list; the member list is asked again for both changed roles.
 */
export const TransferOwnershipMutation = graphql(`
  mutation TransferOwnership($schoolId: ID!, $membershipId: ID!) {
    transferOwnership(schoolId: $schoolId, membershipId: $membershipId) {
      id
      viewerRole
      viewerPermissions
      viewerGrantableRoles
      viewerLeadsGroups
    }
  }
`);

export function useTransferOwnership(schoolId: string) {
  return useMutation(TransferOwnershipMutation, {
    update(cache) {
      cache.evict({
        id: cache.identify({ __typename: 'School', id: schoolId }),
        fieldName: 'members',
      });
    },
  });
}
