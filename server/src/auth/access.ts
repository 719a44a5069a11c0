import { roleHasPermission, type Permission, type SchoolRole } from '@school-invites/shared';
import { forbidden, notFound, unauthenticated } from '../errors/app-error';
import type { Viewer } from './viewer';

/** The viewer's role in each school, null where they are not a member; a per-request loader. */
export interface ViewerRoles {
  load(schoolId: string): Promise<SchoolRole | null>;
}

const WHAT: Record<Permission, string> = {
  INVITATIONS_VIEW: 'view invitations',
  INVITATIONS_CREATE: 'create invitations',
  INVITATIONS_REVOKE: 'revoke invitations',
  MEMBERS_VIEW: 'view members',
  SCHOOL_MANAGE: 'manage the school',
};

/**
 * The viewer's standing in each school, looked up once per request and school. Every service
 * method that touches a school asks this first, so even a resolver without a guard cannot read
 * or write across schools.
 */
export class SchoolAccess {
  constructor(
    readonly viewer: Viewer | null,
    private readonly roles: ViewerRoles,
  ) {}

  requireViewer(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  async roleIn(schoolId: string): Promise<SchoolRole | null> {
    if (!this.viewer) return null;
    return this.roles.load(schoolId);
  }

  /** The viewer's role; NOT_FOUND when they are not a member, so a school's existence does not leak. */
  async requireMember(schoolId: string): Promise<SchoolRole> {
    this.requireViewer();
    const role = await this.roleIn(schoolId);
    if (!role) throw notFound('school');
    return role;
  }

  async require(schoolId: string, permission: Permission): Promise<SchoolRole> {
    const role = await this.requireMember(schoolId);
    if (!roleHasPermission(role, permission)) throw forbidden(WHAT[permission]);
    return role;
  }

  async can(schoolId: string, permission: Permission): Promise<boolean> {
    return roleHasPermission(await this.roleIn(schoolId), permission);
  }
}
