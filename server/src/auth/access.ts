import { roleHasPermission, type Permission, type SchoolRole } from '@school-invites/shared';
import { forbidden, notFound, unauthenticated } from '../errors/app-error';
import type { Viewer } from './viewer';

/** The viewer's role in each school, null where they are not a member; a per-request loader. */
export interface ViewerRoles {
  load(schoolId: string): Promise<SchoolRole | null>;
  /** The role if this request has already read it; undefined when it has not. */
  known(schoolId: string): SchoolRole | null | undefined;
}

/** The live groups the viewer leads in each school; a per-request loader. */
export interface ViewerLedGroups {
  load(schoolId: string): Promise<ReadonlySet<string>>;
}

const WHAT: Record<Permission, string> = {
  INVITATIONS_VIEW: 'view invitations',
  INVITATIONS_CREATE: 'create invitations',
  INVITATIONS_REVOKE: 'revoke invitations',
  MEMBERS_VIEW: 'view members',
  SCHOOL_MANAGE: 'manage the school',
  GROUPS_MANAGE: 'manage groups',
  MEMBERS_MANAGE: 'manage members',
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
    private readonly ledGroups: ViewerLedGroups,
  ) {}

  requireViewer(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  /** The viewer's role if this request has already read it (null: not a member); undefined if not yet. */
  knownRole(schoolId: string): SchoolRole | null | undefined {
    return this.viewer ? this.roles.known(schoolId) : null;
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

  /** The live groups of the school the viewer leads (none when signed out or not a member). */
  async groupsLed(schoolId: string): Promise<ReadonlySet<string>> {
    if (!this.viewer) return new Set();
    return this.ledGroups.load(schoolId);
  }

  /** Whether the viewer leads every one of `groupIds`; never for an empty list. */
  async leadsAll(schoolId: string, groupIds: readonly string[]): Promise<boolean> {
    if (groupIds.length === 0) return false;
    const led = await this.groupsLed(schoolId);
    return groupIds.every((id) => led.has(id));
  }

  /**
   * `permission` (any one of them) in the school, or, without it, leading every one of `groupIds`
   * (a teacher's own classes). NOT_FOUND for non-members, FORBIDDEN for the rest.
   */
  async requireOrLeading(
    schoolId: string,
    permission: Permission | readonly Permission[],
    groupIds: readonly string[] | (() => Promise<readonly string[]>),
  ): Promise<SchoolRole> {
    const role = await this.requireMember(schoolId);
    const any = typeof permission === 'string' ? [permission] : permission;
    if (any.some((each) => roleHasPermission(role, each))) return role;
    // Looked up only now: most viewers hold the permission, and their requests skip the look-up.
    const groups = typeof groupIds === 'function' ? await groupIds() : groupIds;
    if (await this.leadsAll(schoolId, groups)) return role;
    throw forbidden(WHAT[any[0]!]);
  }

  async canOrLeads(
    schoolId: string,
    permission: Permission,
    groupIds: readonly string[],
  ): Promise<boolean> {
    return (await this.can(schoolId, permission)) || (await this.leadsAll(schoolId, groupIds));
  }
}
