/** What a group of a school is for; the kind only changes how it is shown. */
export const GROUP_KINDS = ['CLASS', 'CLUB', 'STAFF', 'OTHER'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/**
 * Roles a group's leader may give through invitations into the groups they lead, when their
 * school role does not let them invite anyone (INVITATIONS_CREATE).
 */
export const LEADER_GRANTABLE_ROLES = ['STUDENT'] as const;

/** Roles that may lead a group: TEACHER or above. */
export const GROUP_LEADER_ROLES = ['OWNER', 'ADMIN', 'TEACHER'] as const;

/** Roles of the members a leader (without GROUPS_MANAGE) may add to or remove from their groups. */
export const LEADER_MANAGED_MEMBER_ROLES = ['STUDENT'] as const;
