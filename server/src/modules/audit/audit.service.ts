import { countedPage, type CountedPage, type PageQuery } from '../../database/pages';
import type { SchoolAccess } from '../../auth/access';
import type { ListReads } from '../../database/repositories';
import type { AuditEventRow, AuditScope } from './audit.repository';

/** Reads the audit trail, newest first. Callers check permissions before asking. */
export class AuditService {
  constructor(private readonly listReads: ListReads) {}

  list(
    access: SchoolAccess,
    scope: AuditScope,
    page: PageQuery,
  ): Promise<CountedPage<AuditEventRow>> {
    return countedPage(
      page.first,
      this.listReads(access.viewer, (reads) => reads.audit.page(scope, page)),
      this.listReads(access.viewer, (reads) => reads.audit.count(scope)),
    );
  }
}
