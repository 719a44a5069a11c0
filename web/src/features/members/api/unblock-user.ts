import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const UnblockUserMutation = graphql(`
  mutation UnblockUser($schoolId: ID!, $userId: ID!) {
    unblockUser(schoolId: $schoolId, userId: $userId)
  }
`);

/** The blocked list is asked again: the answer is only true or false. */
export function useUnblockUser(schoolId: string) {
  return useMutation(UnblockUserMutation, {
    update(cache) {
      cache.evict({
        id: cache.identify({ __typename: 'School', id: schoolId }),
        fieldName: 'blockedUsers',
      });
      cache.gc();
    },
  });
}
