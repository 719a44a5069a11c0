import { InvitationRulesQuery } from '../../../components/invitations/use-invitation-rules';
import { GroupDetailsQuery } from '../api/group-details';
import { GroupInvitationsQuery } from '../api/group-invitations';
import { GroupMembersQuery } from '../api/group-members';
import { SchoolGroupsQuery } from '../api/school-groups';
import { SchoolMemberOptionsQuery } from '../api/school-member-options';

/** Answers for the groups screens' specs, shaped as the server answers them. */

export const TOM = { __typename: 'User', id: 'u-tom', name: 'Tom Teacher' };

export function group(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Group',
    id: 'g1',
    name: 'Year 7 Maple',
    kind: 'CLASS',
    description: null,
    capacity: 30,
    memberCount: 2,
    archivedAt: null,
    createdAt: new Date(Date.now() - 86_400_000).toISOString(),
    viewerCanManage: true,
    leaders: [TOM],
    ...overrides,
  };
}

export const groupDetails = (answer: ReturnType<typeof group>) => ({
  request: { query: GroupDetailsQuery, variables: { id: answer.id } },
  result: { data: { group: answer } },
  maxUsageCount: Infinity,
});

export function member(id: string, name: string, role: string, email: string | null = null) {
  return {
    __typename: 'Membership',
    id,
    role,
    user: { __typename: 'User', id: `u-${id}`, name, ...(email ? { email } : {}) },
  };
}

export function groupMembers(
  members: ReturnType<typeof member>[],
  {
    id = 'g1',
    search = null,
    withEmail = true,
  }: { id?: string; search?: string | null; withEmail?: boolean } = {},
) {
  return {
    request: { query: GroupMembersQuery, variables: { id, search, withEmail } },
    result: {
      data: {
        group: {
          __typename: 'Group',
          id,
          memberCount: members.length,
          members: {
            __typename: 'MembershipConnection',
            totalCount: members.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: members.map((node) => ({ __typename: 'MembershipEdge', node })),
          },
        },
      },
    },
  };
}

export function invitationRow(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Invitation',
    id,
    code: 'K7QMX3TR9BW',
    link: `http://school.test/invite/token-${id}`,
    role: 'STUDENT',
    label: `Label ${id}`,
    useCount: 1,
    maxUses: null,
    expiresAt: null,
    status: 'ACTIVE',
    createdAt: new Date(Date.now() - 3_600_000).toISOString(),
    viewerCanRevoke: true,
    createdBy: TOM,
    groups: [{ __typename: 'Group', id: 'g1', name: 'Year 7 Maple' }],
    ...overrides,
  };
}

export function groupInvitations(rows: ReturnType<typeof invitationRow>[], id = 'g1') {
  return {
    request: { query: GroupInvitationsQuery, variables: { id } },
    result: {
      data: {
        group: {
          __typename: 'Group',
          id,
          invitations: {
            __typename: 'InvitationConnection',
            totalCount: rows.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: rows.map((node) => ({ __typename: 'InvitationEdge', node })),
          },
        },
      },
    },
  };
}

/** The school's members, whatever is typed in a member picker. */
export function memberOptions(
  members: (ReturnType<typeof member> & { groups?: { id: string }[] })[],
) {
  return {
    request: { query: SchoolMemberOptionsQuery, variables: () => true },
    result: {
      data: {
        school: {
          __typename: 'School',
          id: 's1',
          members: {
            __typename: 'MembershipConnection',
            edges: members.map(({ groups = [], ...node }) => ({
              __typename: 'MembershipEdge',
              node: {
                ...node,
                user: { __typename: 'User', id: node.user.id, name: node.user.name },
                groups: groups.map((g) => ({ __typename: 'Group', ...g })),
              },
            })),
          },
        },
      },
    },
    maxUsageCount: Infinity,
  };
}

export function schoolGroups(rows: ReturnType<typeof group>[], variables: Record<string, unknown>) {
  return {
    request: { query: SchoolGroupsQuery, variables: { schoolId: 's1', ...variables } },
    result: {
      data: {
        school: {
          __typename: 'School',
          id: 's1',
          groups: {
            __typename: 'GroupConnection',
            totalCount: rows.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: rows.map(({ description: _d, createdAt: _c, ...node }) => ({
              __typename: 'GroupEdge',
              node,
            })),
          },
        },
      },
    },
  };
}

/** The school's policy for the create form; null answers "no rules". */
export function invitationRules(
  policy: {
    allowedEmailDomains?: string[];
    maxExpiryDays?: number | null;
    staffInvitationsMustBeLimited?: boolean;
  } | null = null,
  schoolId = 's1',
) {
  return {
    request: { query: InvitationRulesQuery, variables: { schoolId, withPolicy: true } },
    result: {
      data: {
        school: {
          __typename: 'School',
          id: schoolId,
          invitationsPausedAt: null,
          invitationPolicy: {
            __typename: 'InvitationPolicy',
            allowedEmailDomains: policy?.allowedEmailDomains ?? [],
            maxExpiryDays: policy?.maxExpiryDays ?? null,
            staffInvitationsMustBeLimited: policy?.staffInvitationsMustBeLimited ?? false,
          },
        },
      },
    },
  };
}
