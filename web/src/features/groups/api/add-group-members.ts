import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { GroupMembersQuery } from './group-members';
import { SchoolMemberOptionsQuery } from './school-member-options';

export const AddGroupMembersMutation = graphql(`
  mutation AddGroupMembers($groupId: ID!, $membershipIds: [ID!]!) {
    addGroupMembers(groupId: $groupId, membershipIds: $membershipIds) {
      id
      memberCount
    }
  }
`);

/** The member list is newest first on the server: it is fetched again with the new members in place. */
export function useAddGroupMembers() {
  return useMutation(AddGroupMembersMutation, {
    refetchQueries: [GroupMembersQuery, SchoolMemberOptionsQuery],
  });
}
