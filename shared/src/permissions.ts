import type { SchoolRole } from './roles';

export const PERMISSIONS = [
  'INVITATIONS_VIEW',
  'INVITATIONS_CREATE',
  'INVITATIONS_REVOKE',
  'MEMBERS_VIEW',
  'SCHOOL_MANAGE',
  'GROUPS_MANAGE',
  'MEMBERS_MANAGE',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * The one role -> permission matrix. The server enforces it, the web app shows what the server
 * reports from it, and the permission tests read their expectations from it.
 */
export const ROLE_PERMISSIONS: Readonly<Record<SchoolRole, readonly Permission[]>> = {
  OWNER: [
    'INVITATIONS_VIEW',
    'INVITATIONS_CREATE',
    'INVITATIONS_REVOKE',
    'MEMBERS_VIEW',
    'SCHOOL_MANAGE',
    'GROUPS_MANAGE',
    'MEMBERS_MANAGE',
  ],
  ADMIN: [
    'INVITATIONS_VIEW',
    'INVITATIONS_CREATE',
    'INVITATIONS_REVOKE',
    'MEMBERS_VIEW',
    'GROUPS_MANAGE',
    'MEMBERS_MANAGE',
  ],
  TEACHER: ['MEMBERS_VIEW'],
  STUDENT: [],
};

export function permissionsOf(role: SchoolRole | null | undefined): Permission[] {
  return role ? [...ROLE_PERMISSIONS[role]] : [];
}

export function roleHasPermission(role: SchoolRole | null | undefined, permission: Permission) {
  return role ? ROLE_PERMISSIONS[role].includes(permission) : false;
}
