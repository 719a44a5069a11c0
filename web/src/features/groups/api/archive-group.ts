import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { ViewerQuery } from '../../../lib/viewer/viewer';
import { GroupInvitationsQuery } from './group-invitations';
import { SchoolGroupsQuery } from './school-groups';

export const ArchiveGroupMutation = graphql(`
  mutation ArchiveGroup($id: ID!) {
    archiveGroup(id: $id) {
      id
      archivedAt
      viewerCanManage
    }
  }
`);

/**
 * The group updates in place; the server revoked its invitations in the same step, so they are
 * fetched again, and so are the list (a live-only list no longer shows it) and the viewer's
 * standing (an archived group is nobody's class any more).
 */
export function useArchiveGroup() {
  return useMutation(ArchiveGroupMutation, {
    refetchQueries: [GroupInvitationsQuery, SchoolGroupsQuery, ViewerQuery],
  });
}
