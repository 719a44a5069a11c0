import type { DataSource } from 'typeorm';
import type { SchoolAccess } from '../../auth/access';
import { escapeLike } from '../../database/like';
import { decodeCursor, pageSize, toPage } from '../../graphql/pagination';
import { MembershipEntity } from './membership.entity';
import { toMembership, type MembershipConnection } from './membership.type';

export interface MemberQuery {
  first?: number | null;
  after?: string | null;
  search?: string | null;
}

export class MembershipService {
  constructor(private readonly db: DataSource) {}

  /** Newest members first; `search` matches part of a member's name or email. Requires MEMBERS_VIEW. */
  async list(access: SchoolAccess, schoolId: string, query: MemberQuery): Promise<MembershipConnection> {
    await access.require(schoolId, 'MEMBERS_VIEW');
    const after = decodeCursor('m', query.after);
    const term = query.search?.trim();
    const base = this.db
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where('m.schoolId = :schoolId', { schoolId });
    if (term) {
      base
        .innerJoin('users', 'u', 'u.id = m.userId')
        .andWhere("(lower(u.name) LIKE '%' || lower(:term) || '%' OR lower(u.email) LIKE '%' || lower(:term) || '%')", {
          term: escapeLike(term),
        });
    }
    const [rows, totalCount] = await Promise.all([
      base
        .clone()
        .andWhere(after ? 'm.seq < :after' : 'TRUE', { after })
        .orderBy('m.seq', 'DESC')
        .limit(pageSize(query) + 1)
        .getMany(),
      base.clone().getCount(),
    ]);
    return { ...toPage('m', rows, pageSize(query), toMembership), totalCount };
  }
}
