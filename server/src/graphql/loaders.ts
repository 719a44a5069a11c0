import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { ROLE_PERMISSIONS, SCHOOL_ROLES, type SchoolRole } from '@school-invites/shared';
import type { Viewer } from '../auth/viewer';
import { INVITATION_COLUMNS, type InvitationRow } from '../modules/invitations/invitation.row';
import { MembershipEntity } from '../modules/memberships/membership.entity';
import { SchoolEntity } from '../modules/schools/school.entity';
import { UserEntity } from '../modules/users/user.entity';

const MEMBERS_VIEW_ROLES = SCHOOL_ROLES.filter((role) => ROLE_PERMISSIONS[role].includes('MEMBERS_VIEW'));

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

/** Ids that are not UUIDs match nothing; filtering them keeps PostgreSQL from raising on the cast. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/**
 * Per-request batching and caching: a page of 100 invitations asks for its creators, revokers and
 * schools in one statement each, whatever the page size.
 */
export function createLoaders(db: DataSource, viewer: Viewer | null) {
  const users = db.getRepository(UserEntity);
  const schools = db.getRepository(SchoolEntity);

  /** The viewer's role in each school; null where they are not a member. */
  const viewerRole = new DataLoader<string, SchoolRole | null>(async (schoolIds) => {
    if (!viewer) return schoolIds.map(() => null);
    const valid = schoolIds.filter(isUuid);
    const rows: { school_id: string; role: SchoolRole }[] = valid.length
      ? await db.query(`SELECT school_id, role FROM memberships WHERE user_id = $1 AND school_id = ANY($2)`, [viewer.userId, valid])
      : [];
    const roles = new Map(rows.map((row) => [row.school_id, row.role]));
    return schoolIds.map((id) => roles.get(id) ?? null);
  });

  return {
    user: new DataLoader<string, UserEntity | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await users.createQueryBuilder('u').where('u.id = ANY(:ids)', { ids: valid }).getMany() : [];
      return byId(ids, rows);
    }),

    /**
     * Schools, with the viewer's role in each learnt in the same statement: almost every read of
     * a school is followed by a permission check there, which then costs no second round trip.
     */
    school: new DataLoader<string, SchoolEntity | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      if (!valid.length) return ids.map(() => null);
      const query = schools.createQueryBuilder('s').where('s.id = ANY(:ids)', { ids: valid });
      if (!viewer) return byId(ids, await query.getMany());
      const { entities, raw } = await query
        .leftJoin(MembershipEntity, 'm', 'm.schoolId = s.id AND m.userId = :viewer', { viewer: viewer.userId })
        .addSelect('m.role', 'viewer_role')
        .getRawAndEntities<{ s_id: string; viewer_role: SchoolRole | null }>();
      for (const row of raw) viewerRole.prime(row.s_id, row.viewer_role);
      return byId(ids, entities);
    }),

    invitation: new DataLoader<string, InvitationRow | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows: InvitationRow[] = valid.length
        ? await db.query(`SELECT ${INVITATION_COLUMNS} FROM invitations i WHERE i.id = ANY($1)`, [valid])
        : [];
      return byId(ids, rows);
    }),

    viewerRole,

    memberCount: new DataLoader<string, number>(async (schoolIds) => {
      const rows: { school_id: string; n: number }[] = await db.query(
        `SELECT school_id, count(*)::int AS n FROM memberships WHERE school_id = ANY($1) GROUP BY school_id`,
        [schoolIds],
      );
      const counts = new Map(rows.map((row) => [row.school_id, row.n]));
      return schoolIds.map((id) => counts.get(id) ?? 0);
    }),

    /** Whether the viewer holds MEMBERS_VIEW in some school the user belongs to. */
    viewerSeesEmailOf: new DataLoader<string, boolean>(async (userIds) => {
      if (!viewer) return userIds.map(() => false);
      const rows: { user_id: string }[] = await db.query(
        `SELECT DISTINCT them.user_id
           FROM memberships me
           JOIN memberships them ON them.school_id = me.school_id
          WHERE me.user_id = $1 AND me.role = ANY($2) AND them.user_id = ANY($3)`,
        [viewer.userId, MEMBERS_VIEW_ROLES, userIds],
      );
      const visible = new Set(rows.map((row) => row.user_id));
      return userIds.map((id) => id === viewer.userId || visible.has(id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
