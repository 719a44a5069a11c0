import type { SchoolRole } from '@school-invites/shared';
import type { SchoolAccess } from '../../auth/access';
import { countedPage, type CountedPage, type PageQuery } from '../../database/pages';
import type { ListReads } from '../../database/repositories';
import type { MembershipEntity } from './membership.entity';

export class MembershipService {
  constructor(private readonly listReads: ListReads) {}

  /** Newest members first; `search` matches part of a member's name or email. Requires MEMBERS_VIEW. */
  async list(
    access: SchoolAccess,
    schoolId: string,
    query: PageQuery & { search?: string | null; roles?: readonly SchoolRole[] | null },
  ): Promise<CountedPage<MembershipEntity>> {
    await access.require(schoolId, 'MEMBERS_VIEW');
    const search = query.search?.trim() || undefined;
    return countedPage(
      query.first,
      this.listReads(access.viewer, (reads) =>
        reads.memberships.page(schoolId, search, query, query.roles),
      ),
      this.listReads(access.viewer, (reads) =>
        reads.memberships.count(schoolId, search, query.roles),
      ),
    );
  }
}
