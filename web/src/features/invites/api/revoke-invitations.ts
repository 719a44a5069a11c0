import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const RevokeInvitationsMutation = graphql(`
  mutation RevokeInvitations($schoolId: ID!, $ids: [ID!]!) {
    revokeInvitations(schoolId: $schoolId, ids: $ids) {
      id
      status
      revokedAt
      viewerCanRevoke
      revokedBy {
        id
        name
      }
    }
  }
`);

/**
 * Each answered invitation's new status updates its cached row in place. Their histories (one
 * request each) are not asked for: the cached ones are dropped instead, so details opened later
 * ask the server again.
 */
export function useRevokeInvitations() {
  return useMutation(RevokeInvitationsMutation, {
    update(cache, { data }) {
      for (const invitation of data?.revokeInvitations ?? []) {
        cache.evict({ id: cache.identify(invitation), fieldName: 'auditEvents' });
      }
      cache.gc();
    },
  });
}
