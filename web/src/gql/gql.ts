/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment InvitationList_invitation on Invitation {\n    id\n    code\n    link\n    role\n    label\n    useCount\n    maxUses\n    expiresAt\n    status\n    createdAt\n    viewerCanRevoke\n    createdBy {\n      id\n      name\n    }\n    groups {\n      id\n      name\n    }\n  }\n": typeof types.InvitationList_InvitationFragmentDoc,
    "\n  mutation AddGroupMembers($groupId: ID!, $membershipIds: [ID!]!) {\n    addGroupMembers(groupId: $groupId, membershipIds: $membershipIds) {\n      id\n      memberCount\n    }\n  }\n": typeof types.AddGroupMembersDocument,
    "\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n      viewerCanManage\n    }\n  }\n": typeof types.ArchiveGroupDocument,
    "\n  mutation CreateGroupInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      ...InvitationList_invitation\n    }\n  }\n": typeof types.CreateGroupInvitationDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupList_group\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  query GroupDetails($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      kind\n      description\n      capacity\n      memberCount\n      archivedAt\n      createdAt\n      viewerCanManage\n      leaders {\n        id\n        name\n      }\n    }\n  }\n": typeof types.GroupDetailsDocument,
    "\n  query GroupInvitations($id: ID!, $after: String) {\n    group(id: $id) {\n      id\n      invitations(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...InvitationList_invitation\n          }\n        }\n      }\n    }\n  }\n": typeof types.GroupInvitationsDocument,
    "\n  query GroupMembers($id: ID!, $after: String, $search: String, $withEmail: Boolean!) {\n    group(id: $id) {\n      id\n      memberCount\n      members(first: 25, after: $after, search: $search) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            user {\n              id\n              name\n              email @include(if: $withEmail)\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.GroupMembersDocument,
    "\n  mutation RemoveGroupMembers($groupId: ID!, $membershipIds: [ID!]!) {\n    removeGroupMembers(groupId: $groupId, membershipIds: $membershipIds) {\n      id\n      memberCount\n    }\n  }\n": typeof types.RemoveGroupMembersDocument,
    "\n  mutation RevokeGroupInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n      revokedAt\n      viewerCanRevoke\n      revokedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RevokeGroupInvitationDocument,
    "\n  query SchoolGroups(\n    $schoolId: ID!\n    $after: String\n    $search: String\n    $includeArchived: Boolean\n    $ledByViewer: Boolean\n  ) {\n    school(id: $schoolId) {\n      id\n      groups(\n        first: 25\n        after: $after\n        search: $search\n        includeArchived: $includeArchived\n        ledByViewer: $ledByViewer\n      ) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...GroupList_group\n          }\n        }\n      }\n    }\n  }\n": typeof types.SchoolGroupsDocument,
    "\n  query SchoolMemberOptions($schoolId: ID!, $search: String, $first: Int) {\n    school(id: $schoolId) {\n      id\n      members(first: $first, search: $search) {\n        edges {\n          node {\n            id\n            role\n            user {\n              id\n              name\n            }\n            groups {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SchoolMemberOptionsDocument,
    "\n  mutation SetGroupLeaders($groupId: ID!, $membershipIds: [ID!]!) {\n    setGroupLeaders(groupId: $groupId, membershipIds: $membershipIds) {\n      id\n      leaders {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SetGroupLeadersDocument,
    "\n  fragment GroupList_group on Group {\n    id\n    name\n    kind\n    capacity\n    memberCount\n    archivedAt\n    viewerCanManage\n    leaders {\n      id\n      name\n    }\n  }\n": typeof types.GroupList_GroupFragmentDoc,
    "\n  query BatchGroups($schoolId: ID!, $search: String, $ledByViewer: Boolean, $after: String) {\n    school(id: $schoolId) {\n      id\n      groups(first: 100, after: $after, search: $search, ledByViewer: $ledByViewer) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...GroupPicker_group\n          }\n        }\n      }\n    }\n  }\n": typeof types.BatchGroupsDocument,
    "\n  mutation CreateInvitationBatch($input: CreateInvitationBatchInput!) {\n    createInvitationBatch(input: $input) {\n      id\n      batchId\n    }\n  }\n": typeof types.CreateInvitationBatchDocument,
    "\n  query InvitationBatch($schoolId: ID!, $batchId: ID!, $after: String) {\n    school(id: $schoolId) {\n      id\n      name\n      invitations(batchId: $batchId, status: ACTIVE, first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PrintSheet_invitation\n          }\n        }\n      }\n    }\n  }\n": typeof types.InvitationBatchDocument,
    "\n  fragment GroupPicker_group on Group {\n    id\n    name\n    kind\n    memberCount\n    capacity\n  }\n": typeof types.GroupPicker_GroupFragmentDoc,
    "\n  fragment PrintSheet_invitation on Invitation {\n    id\n    code\n    link\n    label\n    expiresAt\n    maxUses\n    groups {\n      id\n      name\n    }\n  }\n": typeof types.PrintSheet_InvitationFragmentDoc,
    "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      ...InvitationList_invitation\n    }\n  }\n": typeof types.CreateInvitationDocument,
    "\n  query InvitationDetails($id: ID!, $after: String) {\n    invitation(id: $id) {\n      id\n      label\n      status\n      code\n      link\n      role\n      groups {\n        id\n        name\n      }\n      useCount\n      maxUses\n      createdAt\n      createdBy {\n        id\n        name\n      }\n      expiresAt\n      revokedAt\n      revokedBy {\n        id\n        name\n      }\n      viewerCanRevoke\n      ...ReplaceSection_invitation\n      redemptions(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            redeemedAt\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n      ...InvitationHistory_invitation\n    }\n  }\n": typeof types.InvitationDetailsDocument,
    "\n  query InvitesGroups($schoolId: ID!) {\n    school(id: $schoolId) {\n      id\n      groups(first: 100) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.InvitesGroupsDocument,
    "\n  query PrintInvitation($id: ID!) {\n    invitation(id: $id) {\n      id\n      label\n      code\n      link\n      status\n      expiresAt\n      maxUses\n      school {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PrintInvitationDocument,
    "\n  mutation ReplaceInvitation($id: ID!) {\n    replaceInvitation(id: $id) {\n      ...InvitationList_invitation\n      replaces {\n        id\n        status\n        revokedAt\n        viewerCanRevoke\n        revokedBy {\n          id\n          name\n        }\n        ...InvitationHistory_invitation\n      }\n    }\n  }\n": typeof types.ReplaceInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n      revokedAt\n      viewerCanRevoke\n      revokedBy {\n        id\n        name\n      }\n      ...InvitationHistory_invitation\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation RevokeInvitations($schoolId: ID!, $ids: [ID!]!) {\n    revokeInvitations(schoolId: $schoolId, ids: $ids) {\n      id\n      status\n      revokedAt\n      viewerCanRevoke\n      revokedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RevokeInvitationsDocument,
    "\n  query SchoolInvites(\n    $schoolId: ID!\n    $first: Int\n    $after: String\n    $search: String\n    $status: InvitationStatus\n    $groupId: ID\n  ) {\n    school(id: $schoolId) {\n      id\n      invitations(\n        first: $first\n        after: $after\n        search: $search\n        status: $status\n        groupId: $groupId\n      ) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...InvitationList_invitation\n          }\n        }\n      }\n    }\n  }\n": typeof types.SchoolInvitesDocument,
    "\n  fragment InvitationHistory_invitation on Invitation {\n    id\n    auditEvents(first: 50) {\n      edges {\n        node {\n          id\n          action\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.InvitationHistory_InvitationFragmentDoc,
    "\n  fragment ReplaceSection_invitation on Invitation {\n    id\n    viewerCanRevoke\n    useCount\n  }\n": typeof types.ReplaceSection_InvitationFragmentDoc,
    "\n  query InvitationPreview($token: String, $code: String) {\n    invitationPreview(token: $token, code: $code) {\n      schoolName\n      schoolSlug\n      groupNames\n      schoolDescription\n      memberCount\n      inviterName\n      role\n      label\n      expiresAt\n      status\n      viewerIsMember\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  query SchoolMembers($schoolId: ID!, $after: String, $search: String, $withInvitations: Boolean!) {\n    school(id: $schoolId) {\n      id\n      members(first: 50, after: $after, search: $search) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            joinedAt\n            user {\n              id\n              name\n              email\n            }\n            invitation @include(if: $withInvitations) {\n              id\n              label\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SchoolMembersDocument,
    "\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.CreateSchoolDocument,
    "\n  mutation RedeemInvitation($input: RedeemInvitationInput!) {\n    redeemInvitation(input: $input) {\n      alreadyMember\n      addedToGroups {\n        id\n        name\n      }\n      membership {\n        role\n        school {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.RedeemInvitationDocument,
    "\n  query Session {\n    me {\n      id\n      name\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n    }\n    mySchools {\n      id\n      name\n      slug\n      viewerRole\n      viewerPermissions\n      viewerGrantableRoles\n      viewerLeadsGroups\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  fragment InvitationList_invitation on Invitation {\n    id\n    code\n    link\n    role\n    label\n    useCount\n    maxUses\n    expiresAt\n    status\n    createdAt\n    viewerCanRevoke\n    createdBy {\n      id\n      name\n    }\n    groups {\n      id\n      name\n    }\n  }\n": types.InvitationList_InvitationFragmentDoc,
    "\n  mutation AddGroupMembers($groupId: ID!, $membershipIds: [ID!]!) {\n    addGroupMembers(groupId: $groupId, membershipIds: $membershipIds) {\n      id\n      memberCount\n    }\n  }\n": types.AddGroupMembersDocument,
    "\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n      viewerCanManage\n    }\n  }\n": types.ArchiveGroupDocument,
    "\n  mutation CreateGroupInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      ...InvitationList_invitation\n    }\n  }\n": types.CreateGroupInvitationDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupList_group\n    }\n  }\n": types.CreateGroupDocument,
    "\n  query GroupDetails($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      kind\n      description\n      capacity\n      memberCount\n      archivedAt\n      createdAt\n      viewerCanManage\n      leaders {\n        id\n        name\n      }\n    }\n  }\n": types.GroupDetailsDocument,
    "\n  query GroupInvitations($id: ID!, $after: String) {\n    group(id: $id) {\n      id\n      invitations(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...InvitationList_invitation\n          }\n        }\n      }\n    }\n  }\n": types.GroupInvitationsDocument,
    "\n  query GroupMembers($id: ID!, $after: String, $search: String, $withEmail: Boolean!) {\n    group(id: $id) {\n      id\n      memberCount\n      members(first: 25, after: $after, search: $search) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            user {\n              id\n              name\n              email @include(if: $withEmail)\n            }\n          }\n        }\n      }\n    }\n  }\n": types.GroupMembersDocument,
    "\n  mutation RemoveGroupMembers($groupId: ID!, $membershipIds: [ID!]!) {\n    removeGroupMembers(groupId: $groupId, membershipIds: $membershipIds) {\n      id\n      memberCount\n    }\n  }\n": types.RemoveGroupMembersDocument,
    "\n  mutation RevokeGroupInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n      revokedAt\n      viewerCanRevoke\n      revokedBy {\n        id\n        name\n      }\n    }\n  }\n": types.RevokeGroupInvitationDocument,
    "\n  query SchoolGroups(\n    $schoolId: ID!\n    $after: String\n    $search: String\n    $includeArchived: Boolean\n    $ledByViewer: Boolean\n  ) {\n    school(id: $schoolId) {\n      id\n      groups(\n        first: 25\n        after: $after\n        search: $search\n        includeArchived: $includeArchived\n        ledByViewer: $ledByViewer\n      ) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...GroupList_group\n          }\n        }\n      }\n    }\n  }\n": types.SchoolGroupsDocument,
    "\n  query SchoolMemberOptions($schoolId: ID!, $search: String, $first: Int) {\n    school(id: $schoolId) {\n      id\n      members(first: $first, search: $search) {\n        edges {\n          node {\n            id\n            role\n            user {\n              id\n              name\n            }\n            groups {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SchoolMemberOptionsDocument,
    "\n  mutation SetGroupLeaders($groupId: ID!, $membershipIds: [ID!]!) {\n    setGroupLeaders(groupId: $groupId, membershipIds: $membershipIds) {\n      id\n      leaders {\n        id\n        name\n      }\n    }\n  }\n": types.SetGroupLeadersDocument,
    "\n  fragment GroupList_group on Group {\n    id\n    name\n    kind\n    capacity\n    memberCount\n    archivedAt\n    viewerCanManage\n    leaders {\n      id\n      name\n    }\n  }\n": types.GroupList_GroupFragmentDoc,
    "\n  query BatchGroups($schoolId: ID!, $search: String, $ledByViewer: Boolean, $after: String) {\n    school(id: $schoolId) {\n      id\n      groups(first: 100, after: $after, search: $search, ledByViewer: $ledByViewer) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...GroupPicker_group\n          }\n        }\n      }\n    }\n  }\n": types.BatchGroupsDocument,
    "\n  mutation CreateInvitationBatch($input: CreateInvitationBatchInput!) {\n    createInvitationBatch(input: $input) {\n      id\n      batchId\n    }\n  }\n": types.CreateInvitationBatchDocument,
    "\n  query InvitationBatch($schoolId: ID!, $batchId: ID!, $after: String) {\n    school(id: $schoolId) {\n      id\n      name\n      invitations(batchId: $batchId, status: ACTIVE, first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PrintSheet_invitation\n          }\n        }\n      }\n    }\n  }\n": types.InvitationBatchDocument,
    "\n  fragment GroupPicker_group on Group {\n    id\n    name\n    kind\n    memberCount\n    capacity\n  }\n": types.GroupPicker_GroupFragmentDoc,
    "\n  fragment PrintSheet_invitation on Invitation {\n    id\n    code\n    link\n    label\n    expiresAt\n    maxUses\n    groups {\n      id\n      name\n    }\n  }\n": types.PrintSheet_InvitationFragmentDoc,
    "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      ...InvitationList_invitation\n    }\n  }\n": types.CreateInvitationDocument,
    "\n  query InvitationDetails($id: ID!, $after: String) {\n    invitation(id: $id) {\n      id\n      label\n      status\n      code\n      link\n      role\n      groups {\n        id\n        name\n      }\n      useCount\n      maxUses\n      createdAt\n      createdBy {\n        id\n        name\n      }\n      expiresAt\n      revokedAt\n      revokedBy {\n        id\n        name\n      }\n      viewerCanRevoke\n      ...ReplaceSection_invitation\n      redemptions(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            redeemedAt\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n      ...InvitationHistory_invitation\n    }\n  }\n": types.InvitationDetailsDocument,
    "\n  query InvitesGroups($schoolId: ID!) {\n    school(id: $schoolId) {\n      id\n      groups(first: 100) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.InvitesGroupsDocument,
    "\n  query PrintInvitation($id: ID!) {\n    invitation(id: $id) {\n      id\n      label\n      code\n      link\n      status\n      expiresAt\n      maxUses\n      school {\n        id\n        name\n      }\n    }\n  }\n": types.PrintInvitationDocument,
    "\n  mutation ReplaceInvitation($id: ID!) {\n    replaceInvitation(id: $id) {\n      ...InvitationList_invitation\n      replaces {\n        id\n        status\n        revokedAt\n        viewerCanRevoke\n        revokedBy {\n          id\n          name\n        }\n        ...InvitationHistory_invitation\n      }\n    }\n  }\n": types.ReplaceInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n      revokedAt\n      viewerCanRevoke\n      revokedBy {\n        id\n        name\n      }\n      ...InvitationHistory_invitation\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation RevokeInvitations($schoolId: ID!, $ids: [ID!]!) {\n    revokeInvitations(schoolId: $schoolId, ids: $ids) {\n      id\n      status\n      revokedAt\n      viewerCanRevoke\n      revokedBy {\n        id\n        name\n      }\n    }\n  }\n": types.RevokeInvitationsDocument,
    "\n  query SchoolInvites(\n    $schoolId: ID!\n    $first: Int\n    $after: String\n    $search: String\n    $status: InvitationStatus\n    $groupId: ID\n  ) {\n    school(id: $schoolId) {\n      id\n      invitations(\n        first: $first\n        after: $after\n        search: $search\n        status: $status\n        groupId: $groupId\n      ) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...InvitationList_invitation\n          }\n        }\n      }\n    }\n  }\n": types.SchoolInvitesDocument,
    "\n  fragment InvitationHistory_invitation on Invitation {\n    id\n    auditEvents(first: 50) {\n      edges {\n        node {\n          id\n          action\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.InvitationHistory_InvitationFragmentDoc,
    "\n  fragment ReplaceSection_invitation on Invitation {\n    id\n    viewerCanRevoke\n    useCount\n  }\n": types.ReplaceSection_InvitationFragmentDoc,
    "\n  query InvitationPreview($token: String, $code: String) {\n    invitationPreview(token: $token, code: $code) {\n      schoolName\n      schoolSlug\n      groupNames\n      schoolDescription\n      memberCount\n      inviterName\n      role\n      label\n      expiresAt\n      status\n      viewerIsMember\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  query SchoolMembers($schoolId: ID!, $after: String, $search: String, $withInvitations: Boolean!) {\n    school(id: $schoolId) {\n      id\n      members(first: 50, after: $after, search: $search) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            joinedAt\n            user {\n              id\n              name\n              email\n            }\n            invitation @include(if: $withInvitations) {\n              id\n              label\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SchoolMembersDocument,
    "\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.CreateSchoolDocument,
    "\n  mutation RedeemInvitation($input: RedeemInvitationInput!) {\n    redeemInvitation(input: $input) {\n      alreadyMember\n      addedToGroups {\n        id\n        name\n      }\n      membership {\n        role\n        school {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.RedeemInvitationDocument,
    "\n  query Session {\n    me {\n      id\n      name\n    }\n  }\n": types.SessionDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n    }\n    mySchools {\n      id\n      name\n      slug\n      viewerRole\n      viewerPermissions\n      viewerGrantableRoles\n      viewerLeadsGroups\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationList_invitation on Invitation {\n    id\n    code\n    link\n    role\n    label\n    useCount\n    maxUses\n    expiresAt\n    status\n    createdAt\n    viewerCanRevoke\n    createdBy {\n      id\n      name\n    }\n    groups {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationList_invitation on Invitation {\n    id\n    code\n    link\n    role\n    label\n    useCount\n    maxUses\n    expiresAt\n    status\n    createdAt\n    viewerCanRevoke\n    createdBy {\n      id\n      name\n    }\n    groups {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGroupMembers($groupId: ID!, $membershipIds: [ID!]!) {\n    addGroupMembers(groupId: $groupId, membershipIds: $membershipIds) {\n      id\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation AddGroupMembers($groupId: ID!, $membershipIds: [ID!]!) {\n    addGroupMembers(groupId: $groupId, membershipIds: $membershipIds) {\n      id\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n      viewerCanManage\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n      viewerCanManage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroupInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      ...InvitationList_invitation\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroupInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      ...InvitationList_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupList_group\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupList_group\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupDetails($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      kind\n      description\n      capacity\n      memberCount\n      archivedAt\n      createdAt\n      viewerCanManage\n      leaders {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupDetails($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      kind\n      description\n      capacity\n      memberCount\n      archivedAt\n      createdAt\n      viewerCanManage\n      leaders {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupInvitations($id: ID!, $after: String) {\n    group(id: $id) {\n      id\n      invitations(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...InvitationList_invitation\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupInvitations($id: ID!, $after: String) {\n    group(id: $id) {\n      id\n      invitations(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...InvitationList_invitation\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupMembers($id: ID!, $after: String, $search: String, $withEmail: Boolean!) {\n    group(id: $id) {\n      id\n      memberCount\n      members(first: 25, after: $after, search: $search) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            user {\n              id\n              name\n              email @include(if: $withEmail)\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupMembers($id: ID!, $after: String, $search: String, $withEmail: Boolean!) {\n    group(id: $id) {\n      id\n      memberCount\n      members(first: 25, after: $after, search: $search) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            user {\n              id\n              name\n              email @include(if: $withEmail)\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveGroupMembers($groupId: ID!, $membershipIds: [ID!]!) {\n    removeGroupMembers(groupId: $groupId, membershipIds: $membershipIds) {\n      id\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveGroupMembers($groupId: ID!, $membershipIds: [ID!]!) {\n    removeGroupMembers(groupId: $groupId, membershipIds: $membershipIds) {\n      id\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeGroupInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n      revokedAt\n      viewerCanRevoke\n      revokedBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeGroupInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n      revokedAt\n      viewerCanRevoke\n      revokedBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolGroups(\n    $schoolId: ID!\n    $after: String\n    $search: String\n    $includeArchived: Boolean\n    $ledByViewer: Boolean\n  ) {\n    school(id: $schoolId) {\n      id\n      groups(\n        first: 25\n        after: $after\n        search: $search\n        includeArchived: $includeArchived\n        ledByViewer: $ledByViewer\n      ) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...GroupList_group\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchoolGroups(\n    $schoolId: ID!\n    $after: String\n    $search: String\n    $includeArchived: Boolean\n    $ledByViewer: Boolean\n  ) {\n    school(id: $schoolId) {\n      id\n      groups(\n        first: 25\n        after: $after\n        search: $search\n        includeArchived: $includeArchived\n        ledByViewer: $ledByViewer\n      ) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...GroupList_group\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolMemberOptions($schoolId: ID!, $search: String, $first: Int) {\n    school(id: $schoolId) {\n      id\n      members(first: $first, search: $search) {\n        edges {\n          node {\n            id\n            role\n            user {\n              id\n              name\n            }\n            groups {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchoolMemberOptions($schoolId: ID!, $search: String, $first: Int) {\n    school(id: $schoolId) {\n      id\n      members(first: $first, search: $search) {\n        edges {\n          node {\n            id\n            role\n            user {\n              id\n              name\n            }\n            groups {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGroupLeaders($groupId: ID!, $membershipIds: [ID!]!) {\n    setGroupLeaders(groupId: $groupId, membershipIds: $membershipIds) {\n      id\n      leaders {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetGroupLeaders($groupId: ID!, $membershipIds: [ID!]!) {\n    setGroupLeaders(groupId: $groupId, membershipIds: $membershipIds) {\n      id\n      leaders {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupList_group on Group {\n    id\n    name\n    kind\n    capacity\n    memberCount\n    archivedAt\n    viewerCanManage\n    leaders {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment GroupList_group on Group {\n    id\n    name\n    kind\n    capacity\n    memberCount\n    archivedAt\n    viewerCanManage\n    leaders {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BatchGroups($schoolId: ID!, $search: String, $ledByViewer: Boolean, $after: String) {\n    school(id: $schoolId) {\n      id\n      groups(first: 100, after: $after, search: $search, ledByViewer: $ledByViewer) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...GroupPicker_group\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BatchGroups($schoolId: ID!, $search: String, $ledByViewer: Boolean, $after: String) {\n    school(id: $schoolId) {\n      id\n      groups(first: 100, after: $after, search: $search, ledByViewer: $ledByViewer) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...GroupPicker_group\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvitationBatch($input: CreateInvitationBatchInput!) {\n    createInvitationBatch(input: $input) {\n      id\n      batchId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInvitationBatch($input: CreateInvitationBatchInput!) {\n    createInvitationBatch(input: $input) {\n      id\n      batchId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationBatch($schoolId: ID!, $batchId: ID!, $after: String) {\n    school(id: $schoolId) {\n      id\n      name\n      invitations(batchId: $batchId, status: ACTIVE, first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PrintSheet_invitation\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationBatch($schoolId: ID!, $batchId: ID!, $after: String) {\n    school(id: $schoolId) {\n      id\n      name\n      invitations(batchId: $batchId, status: ACTIVE, first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PrintSheet_invitation\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupPicker_group on Group {\n    id\n    name\n    kind\n    memberCount\n    capacity\n  }\n"): (typeof documents)["\n  fragment GroupPicker_group on Group {\n    id\n    name\n    kind\n    memberCount\n    capacity\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrintSheet_invitation on Invitation {\n    id\n    code\n    link\n    label\n    expiresAt\n    maxUses\n    groups {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PrintSheet_invitation on Invitation {\n    id\n    code\n    link\n    label\n    expiresAt\n    maxUses\n    groups {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      ...InvitationList_invitation\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      ...InvitationList_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationDetails($id: ID!, $after: String) {\n    invitation(id: $id) {\n      id\n      label\n      status\n      code\n      link\n      role\n      groups {\n        id\n        name\n      }\n      useCount\n      maxUses\n      createdAt\n      createdBy {\n        id\n        name\n      }\n      expiresAt\n      revokedAt\n      revokedBy {\n        id\n        name\n      }\n      viewerCanRevoke\n      ...ReplaceSection_invitation\n      redemptions(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            redeemedAt\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n      ...InvitationHistory_invitation\n    }\n  }\n"): (typeof documents)["\n  query InvitationDetails($id: ID!, $after: String) {\n    invitation(id: $id) {\n      id\n      label\n      status\n      code\n      link\n      role\n      groups {\n        id\n        name\n      }\n      useCount\n      maxUses\n      createdAt\n      createdBy {\n        id\n        name\n      }\n      expiresAt\n      revokedAt\n      revokedBy {\n        id\n        name\n      }\n      viewerCanRevoke\n      ...ReplaceSection_invitation\n      redemptions(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            redeemedAt\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n      ...InvitationHistory_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitesGroups($schoolId: ID!) {\n    school(id: $schoolId) {\n      id\n      groups(first: 100) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitesGroups($schoolId: ID!) {\n    school(id: $schoolId) {\n      id\n      groups(first: 100) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrintInvitation($id: ID!) {\n    invitation(id: $id) {\n      id\n      label\n      code\n      link\n      status\n      expiresAt\n      maxUses\n      school {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrintInvitation($id: ID!) {\n    invitation(id: $id) {\n      id\n      label\n      code\n      link\n      status\n      expiresAt\n      maxUses\n      school {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplaceInvitation($id: ID!) {\n    replaceInvitation(id: $id) {\n      ...InvitationList_invitation\n      replaces {\n        id\n        status\n        revokedAt\n        viewerCanRevoke\n        revokedBy {\n          id\n          name\n        }\n        ...InvitationHistory_invitation\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplaceInvitation($id: ID!) {\n    replaceInvitation(id: $id) {\n      ...InvitationList_invitation\n      replaces {\n        id\n        status\n        revokedAt\n        viewerCanRevoke\n        revokedBy {\n          id\n          name\n        }\n        ...InvitationHistory_invitation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n      revokedAt\n      viewerCanRevoke\n      revokedBy {\n        id\n        name\n      }\n      ...InvitationHistory_invitation\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n      revokedAt\n      viewerCanRevoke\n      revokedBy {\n        id\n        name\n      }\n      ...InvitationHistory_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitations($schoolId: ID!, $ids: [ID!]!) {\n    revokeInvitations(schoolId: $schoolId, ids: $ids) {\n      id\n      status\n      revokedAt\n      viewerCanRevoke\n      revokedBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitations($schoolId: ID!, $ids: [ID!]!) {\n    revokeInvitations(schoolId: $schoolId, ids: $ids) {\n      id\n      status\n      revokedAt\n      viewerCanRevoke\n      revokedBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolInvites(\n    $schoolId: ID!\n    $first: Int\n    $after: String\n    $search: String\n    $status: InvitationStatus\n    $groupId: ID\n  ) {\n    school(id: $schoolId) {\n      id\n      invitations(\n        first: $first\n        after: $after\n        search: $search\n        status: $status\n        groupId: $groupId\n      ) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...InvitationList_invitation\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchoolInvites(\n    $schoolId: ID!\n    $first: Int\n    $after: String\n    $search: String\n    $status: InvitationStatus\n    $groupId: ID\n  ) {\n    school(id: $schoolId) {\n      id\n      invitations(\n        first: $first\n        after: $after\n        search: $search\n        status: $status\n        groupId: $groupId\n      ) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...InvitationList_invitation\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationHistory_invitation on Invitation {\n    id\n    auditEvents(first: 50) {\n      edges {\n        node {\n          id\n          action\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationHistory_invitation on Invitation {\n    id\n    auditEvents(first: 50) {\n      edges {\n        node {\n          id\n          action\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplaceSection_invitation on Invitation {\n    id\n    viewerCanRevoke\n    useCount\n  }\n"): (typeof documents)["\n  fragment ReplaceSection_invitation on Invitation {\n    id\n    viewerCanRevoke\n    useCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String, $code: String) {\n    invitationPreview(token: $token, code: $code) {\n      schoolName\n      schoolSlug\n      groupNames\n      schoolDescription\n      memberCount\n      inviterName\n      role\n      label\n      expiresAt\n      status\n      viewerIsMember\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String, $code: String) {\n    invitationPreview(token: $token, code: $code) {\n      schoolName\n      schoolSlug\n      groupNames\n      schoolDescription\n      memberCount\n      inviterName\n      role\n      label\n      expiresAt\n      status\n      viewerIsMember\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolMembers($schoolId: ID!, $after: String, $search: String, $withInvitations: Boolean!) {\n    school(id: $schoolId) {\n      id\n      members(first: 50, after: $after, search: $search) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            joinedAt\n            user {\n              id\n              name\n              email\n            }\n            invitation @include(if: $withInvitations) {\n              id\n              label\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchoolMembers($schoolId: ID!, $after: String, $search: String, $withInvitations: Boolean!) {\n    school(id: $schoolId) {\n      id\n      members(first: 50, after: $after, search: $search) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            joinedAt\n            user {\n              id\n              name\n              email\n            }\n            invitation @include(if: $withInvitations) {\n              id\n              label\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemInvitation($input: RedeemInvitationInput!) {\n    redeemInvitation(input: $input) {\n      alreadyMember\n      addedToGroups {\n        id\n        name\n      }\n      membership {\n        role\n        school {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemInvitation($input: RedeemInvitationInput!) {\n    redeemInvitation(input: $input) {\n      alreadyMember\n      addedToGroups {\n        id\n        name\n      }\n      membership {\n        role\n        school {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Session {\n    me {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n    }\n    mySchools {\n      id\n      name\n      slug\n      viewerRole\n      viewerPermissions\n      viewerGrantableRoles\n      viewerLeadsGroups\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n    }\n    mySchools {\n      id\n      name\n      slug\n      viewerRole\n      viewerPermissions\n      viewerGrantableRoles\n      viewerLeadsGroups\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;