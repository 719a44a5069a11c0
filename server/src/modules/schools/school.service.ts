import type { DataSource } from 'typeorm';
import type { SchoolAccess } from '../../auth/access';
import { conflict } from '../../errors/app-error';
import { isUniqueViolation } from '../../database/errors';
import { recordAudit } from '../audit/audit.service';
import { MembershipEntity } from '../memberships/membership.entity';
import type { CreateSchoolInput } from './school.inputs';
import { SchoolEntity } from './school.entity';
import { slugify } from './slug';

const SLUG_ATTEMPTS = 20;

export class SchoolService {
  constructor(private readonly db: DataSource) {}

  /** The creator becomes OWNER in the same transaction, with both facts in the audit trail. */
  async create(access: SchoolAccess, input: CreateSchoolInput): Promise<SchoolEntity> {
    const viewer = access.requireViewer();
    const name = input.name.trim();
    const description = input.description?.trim() || null;
    const base = input.slug ?? slugify(name);
    for (let attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
      // A derived slug that is taken gets a number; a slug the caller chose is theirs or a CONFLICT.
      const slug = attempt === 0 ? base : `${base.slice(0, 55)}-${attempt + 1}`;
      try {
        return await this.db.transaction(async (tx) => {
          const school = await tx
            .getRepository(SchoolEntity)
            .save(tx.getRepository(SchoolEntity).create({ name, slug, description, createdBy: viewer.userId }));
          const membership = await tx
            .getRepository(MembershipEntity)
            .save(tx.getRepository(MembershipEntity).create({ schoolId: school.id, userId: viewer.userId, role: 'OWNER' }));
          await recordAudit(tx, [
            { schoolId: school.id, actorId: viewer.userId, action: 'school.created', targetType: 'school', targetId: school.id, detail: { name, slug } },
            { schoolId: school.id, actorId: viewer.userId, action: 'member.joined', targetType: 'membership', targetId: membership.id, detail: { role: 'OWNER', userId: viewer.userId } },
          ]);
          return tx.getRepository(SchoolEntity).findOneByOrFail({ id: school.id });
        });
      } catch (error) {
        if (!isUniqueViolation(error, 'schools_slug_key')) throw error;
        if (input.slug) throw conflict(`The address "${input.slug}" is taken. Choose another.`, 'slug');
      }
    }
    throw conflict('Could not find a free address for this school name. Choose a slug.', 'slug');
  }

  async mine(access: SchoolAccess): Promise<SchoolEntity[]> {
    const viewer = access.requireViewer();
    return this.db
      .getRepository(SchoolEntity)
      .createQueryBuilder('s')
      .innerJoin(MembershipEntity, 'm', 'm.schoolId = s.id AND m.userId = :userId', { userId: viewer.userId })
      .orderBy('s.name', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }

  /** Members only; NOT_FOUND for everyone else, so a school's existence does not leak. */
  async get(access: SchoolAccess, id: string, load: (id: string) => Promise<SchoolEntity | null>) {
    access.requireViewer();
    // The school's statement also tells the viewer's role there, so the check after it is free.
    const school = await load(id);
    await access.requireMember(id);
    if (!school) throw new Error(`school ${id} has members but no row`);
    return school;
  }
}
