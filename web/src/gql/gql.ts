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
    "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      ...InvitationList_invitation\n    }\n  }\n": typeof types.CreateInvitationDocument,
    "\n  query InvitationDetails($id: ID!, $after: String) {\n    invitation(id: $id) {\n      id\n      label\n      status\n      code\n      link\n      role\n      useCount\n      maxUses\n      createdAt\n      createdBy {\n        id\n        name\n      }\n      expiresAt\n      revokedAt\n      revokedBy {\n        id\n        name\n      }\n      viewerCanRevoke\n      ...ReplaceSection_invitation\n      redemptions(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            redeemedAt\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n      ...InvitationHistory_invitation\n    }\n  }\n": typeof types.InvitationDetailsDocument,
    "\n  query PrintInvitation($id: ID!) {\n    invitation(id: $id) {\n      id\n      label\n      code\n      link\n      status\n      expiresAt\n      maxUses\n      school {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PrintInvitationDocument,
    "\n  mutation ReplaceInvitation($id: ID!) {\n    replaceInvitation(id: $id) {\n      ...InvitationList_invitation\n      replaces {\n        id\n        status\n        revokedAt\n        viewerCanRevoke\n        revokedBy {\n          id\n          name\n        }\n        ...InvitationHistory_invitation\n      }\n    }\n  }\n": typeof types.ReplaceInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n      revokedAt\n      viewerCanRevoke\n      revokedBy {\n        id\n        name\n      }\n      ...InvitationHistory_invitation\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation RevokeInvitations($schoolId: ID!, $ids: [ID!]!) {\n    revokeInvitations(schoolId: $schoolId, ids: $ids) {\n      id\n      status\n      revokedAt\n      viewerCanRevoke\n      revokedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RevokeInvitationsDocument,
    "\n  query SchoolInvites(\n    $schoolId: ID!\n    $first: Int\n    $after: String\n    $search: String\n    $status: InvitationStatus\n  ) {\n    school(id: $schoolId) {\n      id\n      invitations(first: $first, after: $after, search: $search, status: $status) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...InvitationList_invitation\n          }\n        }\n      }\n    }\n  }\n": typeof types.SchoolInvitesDocument,
    "\n  fragment InvitationHistory_invitation on Invitation {\n    id\n    auditEvents(first: 50) {\n      edges {\n        node {\n          id\n          action\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.InvitationHistory_InvitationFragmentDoc,
    "\n  fragment InvitationList_invitation on Invitation {\n    id\n    code\n    link\n    role\n    label\n    useCount\n    maxUses\n    expiresAt\n    status\n    createdAt\n    viewerCanRevoke\n    createdBy {\n      id\n      name\n    }\n  }\n": typeof types.InvitationList_InvitationFragmentDoc,
    "\n  fragment ReplaceSection_invitation on Invitation {\n    id\n    viewerCanRevoke\n    useCount\n  }\n": typeof types.ReplaceSection_InvitationFragmentDoc,
    "\n  query InvitationPreview($token: String, $code: String) {\n    invitationPreview(token: $token, code: $code) {\n      schoolName\n      schoolSlug\n      schoolDescription\n      memberCount\n      inviterName\n      role\n      label\n      expiresAt\n      status\n      viewerIsMember\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  query SchoolMembers($schoolId: ID!, $after: String, $search: String, $withInvitations: Boolean!) {\n    school(id: $schoolId) {\n      id\n      members(first: 50, after: $after, search: $search) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            joinedAt\n            user {\n              id\n              name\n              email\n            }\n            invitation @include(if: $withInvitations) {\n              id\n              label\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SchoolMembersDocument,
    "\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.CreateSchoolDocument,
    "\n  mutation RedeemInvitation($input: RedeemInvitationInput!) {\n    redeemInvitation(input: $input) {\n      alreadyMember\n      membership {\n        role\n        school {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.RedeemInvitationDocument,
    "\n  query Session {\n    me {\n      id\n      name\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n    }\n    mySchools {\n      id\n      name\n      slug\n      viewerRole\n      viewerPermissions\n      viewerGrantableRoles\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      ...InvitationList_invitation\n    }\n  }\n": types.CreateInvitationDocument,
    "\n  query InvitationDetails($id: ID!, $after: String) {\n    invitation(id: $id) {\n      id\n      label\n      status\n      code\n      link\n      role\n      useCount\n      maxUses\n      createdAt\n      createdBy {\n        id\n        name\n      }\n      expiresAt\n      revokedAt\n      revokedBy {\n        id\n        name\n      }\n      viewerCanRevoke\n      ...ReplaceSection_invitation\n      redemptions(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            redeemedAt\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n      ...InvitationHistory_invitation\n    }\n  }\n": types.InvitationDetailsDocument,
    "\n  query PrintInvitation($id: ID!) {\n    invitation(id: $id) {\n      id\n      label\n      code\n      link\n      status\n      expiresAt\n      maxUses\n      school {\n        id\n        name\n      }\n    }\n  }\n": types.PrintInvitationDocument,
    "\n  mutation ReplaceInvitation($id: ID!) {\n    replaceInvitation(id: $id) {\n      ...InvitationList_invitation\n      replaces {\n        id\n        status\n        revokedAt\n        viewerCanRevoke\n        revokedBy {\n          id\n          name\n        }\n        ...InvitationHistory_invitation\n      }\n    }\n  }\n": types.ReplaceInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n      revokedAt\n      viewerCanRevoke\n      revokedBy {\n        id\n        name\n      }\n      ...InvitationHistory_invitation\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation RevokeInvitations($schoolId: ID!, $ids: [ID!]!) {\n    revokeInvitations(schoolId: $schoolId, ids: $ids) {\n      id\n      status\n      revokedAt\n      viewerCanRevoke\n      revokedBy {\n        id\n        name\n      }\n    }\n  }\n": types.RevokeInvitationsDocument,
    "\n  query SchoolInvites(\n    $schoolId: ID!\n    $first: Int\n    $after: String\n    $search: String\n    $status: InvitationStatus\n  ) {\n    school(id: $schoolId) {\n      id\n      invitations(first: $first, after: $after, search: $search, status: $status) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...InvitationList_invitation\n          }\n        }\n      }\n    }\n  }\n": types.SchoolInvitesDocument,
    "\n  fragment InvitationHistory_invitation on Invitation {\n    id\n    auditEvents(first: 50) {\n      edges {\n        node {\n          id\n          action\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.InvitationHistory_InvitationFragmentDoc,
    "\n  fragment InvitationList_invitation on Invitation {\n    id\n    code\n    link\n    role\n    label\n    useCount\n    maxUses\n    expiresAt\n    status\n    createdAt\n    viewerCanRevoke\n    createdBy {\n      id\n      name\n    }\n  }\n": types.InvitationList_InvitationFragmentDoc,
    "\n  fragment ReplaceSection_invitation on Invitation {\n    id\n    viewerCanRevoke\n    useCount\n  }\n": types.ReplaceSection_InvitationFragmentDoc,
    "\n  query InvitationPreview($token: String, $code: String) {\n    invitationPreview(token: $token, code: $code) {\n      schoolName\n      schoolSlug\n      schoolDescription\n      memberCount\n      inviterName\n      role\n      label\n      expiresAt\n      status\n      viewerIsMember\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  query SchoolMembers($schoolId: ID!, $after: String, $search: String, $withInvitations: Boolean!) {\n    school(id: $schoolId) {\n      id\n      members(first: 50, after: $after, search: $search) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            joinedAt\n            user {\n              id\n              name\n              email\n            }\n            invitation @include(if: $withInvitations) {\n              id\n              label\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SchoolMembersDocument,
    "\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.CreateSchoolDocument,
    "\n  mutation RedeemInvitation($input: RedeemInvitationInput!) {\n    redeemInvitation(input: $input) {\n      alreadyMember\n      membership {\n        role\n        school {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.RedeemInvitationDocument,
    "\n  query Session {\n    me {\n      id\n      name\n    }\n  }\n": types.SessionDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n    }\n    mySchools {\n      id\n      name\n      slug\n      viewerRole\n      viewerPermissions\n      viewerGrantableRoles\n    }\n  }\n": types.ViewerDocument,
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
export function graphql(source: "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      ...InvitationList_invitation\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      ...InvitationList_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationDetails($id: ID!, $after: String) {\n    invitation(id: $id) {\n      id\n      label\n      status\n      code\n      link\n      role\n      useCount\n      maxUses\n      createdAt\n      createdBy {\n        id\n        name\n      }\n      expiresAt\n      revokedAt\n      revokedBy {\n        id\n        name\n      }\n      viewerCanRevoke\n      ...ReplaceSection_invitation\n      redemptions(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            redeemedAt\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n      ...InvitationHistory_invitation\n    }\n  }\n"): (typeof documents)["\n  query InvitationDetails($id: ID!, $after: String) {\n    invitation(id: $id) {\n      id\n      label\n      status\n      code\n      link\n      role\n      useCount\n      maxUses\n      createdAt\n      createdBy {\n        id\n        name\n      }\n      expiresAt\n      revokedAt\n      revokedBy {\n        id\n        name\n      }\n      viewerCanRevoke\n      ...ReplaceSection_invitation\n      redemptions(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            redeemedAt\n            user {\n              id\n              name\n            }\n          }\n        }\n      }\n      ...InvitationHistory_invitation\n    }\n  }\n"];
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
export function graphql(source: "\n  query SchoolInvites(\n    $schoolId: ID!\n    $first: Int\n    $after: String\n    $search: String\n    $status: InvitationStatus\n  ) {\n    school(id: $schoolId) {\n      id\n      invitations(first: $first, after: $after, search: $search, status: $status) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...InvitationList_invitation\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchoolInvites(\n    $schoolId: ID!\n    $first: Int\n    $after: String\n    $search: String\n    $status: InvitationStatus\n  ) {\n    school(id: $schoolId) {\n      id\n      invitations(first: $first, after: $after, search: $search, status: $status) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...InvitationList_invitation\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationHistory_invitation on Invitation {\n    id\n    auditEvents(first: 50) {\n      edges {\n        node {\n          id\n          action\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationHistory_invitation on Invitation {\n    id\n    auditEvents(first: 50) {\n      edges {\n        node {\n          id\n          action\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationList_invitation on Invitation {\n    id\n    code\n    link\n    role\n    label\n    useCount\n    maxUses\n    expiresAt\n    status\n    createdAt\n    viewerCanRevoke\n    createdBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationList_invitation on Invitation {\n    id\n    code\n    link\n    role\n    label\n    useCount\n    maxUses\n    expiresAt\n    status\n    createdAt\n    viewerCanRevoke\n    createdBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplaceSection_invitation on Invitation {\n    id\n    viewerCanRevoke\n    useCount\n  }\n"): (typeof documents)["\n  fragment ReplaceSection_invitation on Invitation {\n    id\n    viewerCanRevoke\n    useCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String, $code: String) {\n    invitationPreview(token: $token, code: $code) {\n      schoolName\n      schoolSlug\n      schoolDescription\n      memberCount\n      inviterName\n      role\n      label\n      expiresAt\n      status\n      viewerIsMember\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String, $code: String) {\n    invitationPreview(token: $token, code: $code) {\n      schoolName\n      schoolSlug\n      schoolDescription\n      memberCount\n      inviterName\n      role\n      label\n      expiresAt\n      status\n      viewerIsMember\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation RedeemInvitation($input: RedeemInvitationInput!) {\n    redeemInvitation(input: $input) {\n      alreadyMember\n      membership {\n        role\n        school {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemInvitation($input: RedeemInvitationInput!) {\n    redeemInvitation(input: $input) {\n      alreadyMember\n      membership {\n        role\n        school {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n    }\n    mySchools {\n      id\n      name\n      slug\n      viewerRole\n      viewerPermissions\n      viewerGrantableRoles\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n    }\n    mySchools {\n      id\n      name\n      slug\n      viewerRole\n      viewerPermissions\n      viewerGrantableRoles\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;