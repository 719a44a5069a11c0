import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { SchoolRole } from '@school-invites/shared';
import type { Viewer } from '../../auth/viewer';
import { inOrderOf, isUuid } from '../../database/ids';
import { readRows } from '../../database/statements';
import { MembershipEntity } from '../memberships/membership.entity';
import type { MembershipLoaders } from '../memberships/membership.repository';
import { SchoolEntity } from './school.entity';

export interface NewSchool {
  name: string;
  slug: string;
  description: string | null;
  createdBy: string;
}

/** The columns of SchoolEntity, named as its properties. */
const SCHOOL_COLUMNS = `s.id, s.name, s.slug, s.description, s.created_by AS "createdBy",
  s.created_at AS "createdAt", s.invitations_paused_at AS "invitationsPausedAt",
  s.invitations_paused_by AS "invitationsPausedBy", s.allowed_email_domains AS "allowedEmailDomains",
  s.max_expiry_days AS "maxExpiryDays",
  s.staff_invitations_must_be_limited AS "staffInvitationsMustBeLimited",
  s.invitation_count AS "invitationCount"`;

type SchoolRow = SchoolEntity & { viewer_role: SchoolRole | null };

/** Every statement about schools themselves; who belongs to them is in memberships. */
export class SchoolRepository {
  constructor(private readonly db: EntityManager) {}

  /**
   * Schools, with `viewerId`'s role in each learnt in the same statement: almost every read of a
   * school is followed by a permission check there, which then costs no second round trip.
   */
  async findByIds(
    ids: readonly string[],
    viewerId: string | null,
  ): Promise<{ school: SchoolEntity; viewerRole: SchoolRole | null }[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await readRows<SchoolRow>(
      this.db,
      `SELECT ${SCHOOL_COLUMNS}, m.role AS viewer_role
         FROM schools s
         LEFT JOIN memberships m ON m.school_id = s.id AND m.user_id = $2
        WHERE s.id = ANY($1::uuid[])`,
      [valid, viewerId],
    );
    return rows.map(({ viewer_role, ...school }) => ({
      school: Object.assign(new SchoolEntity(), school),
      viewerRole: viewer_role,
    }));
  }

  findById(id: string): Promise<SchoolEntity> {
    return this.db.getRepository(SchoolEntity).findOneByOrFail({ id });
  }

  findBySlug(slug: string): Promise<SchoolEntity | null> {
    return this.db.getRepository(SchoolEntity).findOneBy({ slug });
  }

  /** The schools `userId` belongs to, by name. */
  mine(userId: string): Promise<SchoolEntity[]> {
    return this.db
      .getRepository(SchoolEntity)
      .createQueryBuilder('s')
      .innerJoin(MembershipEntity, 'm', 'm.schoolId = s.id AND m.userId = :userId', { userId })
      .orderBy('s.name', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }

  /**
   * Locks the school's row against every join until the transaction ends: redeem_invitation()
   * share-locks it, so a pause or a removal and a join follow one another.
   */
  async lockAgainstJoins(id: string): Promise<void> {
    await this.db.query(`SELECT 1 FROM schools WHERE id = $1 FOR UPDATE`, [id]);
  }

  /** Pauses every invitation of the school; false when it was paused already. */
  async pauseInvitations(id: string, actorId: string): Promise<boolean> {
    const changed: unknown[] = await this.db.query(
      `WITH paused AS (
         UPDATE schools SET invitations_paused_at = clock_timestamp(), invitations_paused_by = $2
          WHERE id = $1 AND invitations_paused_at IS NULL RETURNING id)
       SELECT id FROM paused`,
      [id, actorId],
    );
    return changed.length > 0;
  }

  /** Resumes them; false when they were not paused. */
  async resumeInvitations(id: string): Promise<boolean> {
    const changed: unknown[] = await this.db.query(
      `WITH resumed AS (
         UPDATE schools SET invitations_paused_at = NULL, invitations_paused_by = NULL
          WHERE id = $1 AND invitations_paused_at IS NOT NULL RETURNING id)
       SELECT id FROM resumed`,
      [id],
    );
    return changed.length > 0;
  }

  async setPolicy(
    id: string,
    policy: {
      allowedEmailDomains: string[];
      maxExpiryDays: number | null;
      staffInvitationsMustBeLimited: boolean;
    },
  ): Promise<void> {
    await this.db.query(
      `UPDATE schools SET allowed_email_domains = $2, max_expiry_days = $3, staff_invitations_must_be_limited = $4
        WHERE id = $1`,
      [id, policy.allowedEmailDomains, policy.maxExpiryDays, policy.staffInvitationsMustBeLimited],
    );
  }

  insert(school: NewSchool): Promise<SchoolEntity> {
    const schools = this.db.getRepository(SchoolEntity);
    return schools.save(schools.create(school));
  }
}

/** Per request: schools by id; each read also tells the viewer's role there to `viewerRole`. */
export function createSchoolLoaders(
  schools: SchoolRepository,
  viewer: Viewer | null,
  viewerRole: MembershipLoaders['viewerRole'],
) {
  return {
    school: new DataLoader<string, SchoolEntity | null>(async (ids) => {
      const found = await schools.findByIds(ids, viewer?.userId ?? null);
      if (viewer)
        for (const { school, viewerRole: role } of found) viewerRole.prime(school.id, role);
      return inOrderOf(
        ids,
        found.map(({ school }) => school),
      );
    }),
  };
}

export type SchoolLoaders = ReturnType<typeof createSchoolLoaders>;
