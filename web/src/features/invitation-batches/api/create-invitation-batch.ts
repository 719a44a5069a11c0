import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** Makes every invitation of the batch in one step; the print sheet loads them by the batch id. */
export const CreateInvitationBatchMutation = graphql(`
  mutation CreateInvitationBatch($input: CreateInvitationBatchInput!) {
    createInvitationBatch(input: $input) {
      id
      batchId
    }
  }
`);

/**
 * Any list of the school's invitations, and of the chosen groups', is out of date: dropped from
 * the cache, each is asked again when next shown (whichever screen shows it).
 */
export function useCreateInvitationBatch() {
  return useMutation(CreateInvitationBatchMutation, {
    update(cache, _result, { variables }) {
      if (!variables) return;
      const { schoolId, groupIds } = variables.input;
      cache.evict({
        id: cache.identify({ __typename: 'School', id: schoolId }),
        fieldName: 'invitations',
      });
      for (const id of groupIds)
        cache.evict({ id: cache.identify({ __typename: 'Group', id }), fieldName: 'invitations' });
      cache.gc();
    },
  });
}
