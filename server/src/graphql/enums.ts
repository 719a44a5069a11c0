import { registerEnumType } from 'type-graphql';
import {
  GROUP_KINDS,
  INVITATION_STATUSES,
  PERMISSIONS,
  SCHOOL_ROLES,
} from '@school-invites/shared';

/** GraphQL enums built from the shared lists, so the schema and the rules cannot disagree. */
function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
}

export const SchoolRoleEnum = enumOf(SCHOOL_ROLES);
export const PermissionEnum = enumOf(PERMISSIONS);
export const InvitationStatusEnum = enumOf(INVITATION_STATUSES);
export const GroupKindEnum = enumOf(GROUP_KINDS);

registerEnumType(SchoolRoleEnum, { name: 'SchoolRole' });
registerEnumType(PermissionEnum, { name: 'Permission' });
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });
registerEnumType(GroupKindEnum, { name: 'GroupKind' });
