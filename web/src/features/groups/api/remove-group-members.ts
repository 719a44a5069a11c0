import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { GroupMembersQuery } from './group-members';
import { SchoolMemberOptionsQuery } from './school-member-options';

export const RemoveGroupMembersMutation = graphql(`
  mutation RemoveGroupMembers($groupId: ID!, $membershipIds: [ID!]!) {
    removeGroupMembers(groupId: $groupId, membershipIds: $membershipIds) {
      id
      memberCount
    }
  }
`);

/** They stay in the school; the group's member list (and its count, pages) is fetched again. */
export function useRemoveGroupMembers() {
  return useMutation(RemoveGroupMembersMutation, {
    refetchQueries: [GroupMembersQuery, SchoolMemberOptionsQuery],
  });
}
