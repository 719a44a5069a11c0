import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { ViewerQuery } from '../../../lib/viewer/viewer';
import { SchoolGroupsQuery } from './school-groups';

export const CreateGroupMutation = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...GroupList_group
    }
  }
`);

/**
 * The list is by name, searched and filtered on the server: it is fetched again to place the new
 * group. So is the viewer's standing (viewerLeadsGroups), in case they made themselves a leader.
 */
export function useCreateGroup() {
  return useMutation(CreateGroupMutation, { refetchQueries: [SchoolGroupsQuery, ViewerQuery] });
}
