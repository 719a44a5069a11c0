import { countedPage, type CountedPage, type PageQuery } from '../../database/pages';
import type { Repositories } from '../../database/repositories';
import type { AuditEventRow, AuditScope } from './audit.repository';

/** Reads the audit trail, newest first. Callers check permissions before asking. */
export class AuditService {
  constructor(private readonly repos: Repositories) {}

  list(scope: AuditScope, page: PageQuery): Promise<CountedPage<AuditEventRow>> {
    return countedPage(
      page.first,
      this.repos.audit.page(scope, page),
      this.repos.audit.count(scope),
    );
  }
}
