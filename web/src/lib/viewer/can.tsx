import type { ReactNode } from 'react';
import type { Permission } from '../../gql/graphql';

/** A school as the viewer query returns it: the server lists what the viewer may do there. */
interface WithViewerPermissions {
  viewerPermissions: readonly Permission[];
}

/** Mirrors the server's answer; the role -> permission rules live on the server only. */
export function viewerCan(school: WithViewerPermissions, permission: Permission): boolean {
  return school.viewerPermissions.includes(permission);
}

/** Shows `children` when the viewer has `permission` in `school`, else `fallback` (nothing by default). */
export function Can({
  permission,
  school,
  fallback = null,
  children,
}: {
  permission: Permission;
  school: WithViewerPermissions;
  fallback?: ReactNode;
  children: ReactNode;
}) {
  return <>{viewerCan(school, permission) ? children : fallback}</>;
}
