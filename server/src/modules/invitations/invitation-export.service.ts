import { roleHasPermission, type InvitationStatus } from '@school-invites/shared';
import type { SchoolAccess } from '../../auth/access';
import { isUuid } from '../../database/ids';
import { badInput, notFound } from '../../errors/app-error';
import type { Loaders } from '../../graphql/loaders';
import { invitationLink } from './credentials';
import { CSV_HEADER, csvLine, invitationCsvLine } from './invitation-csv';
import type { InvitationService } from './invitation.service';

export interface InvitationExportFilter {
  schoolId: string;
  search?: string | null;
  status?: string | null;
  groupId?: string | null;
  batchId?: string | null;
}

const PAGE = 500;
const STATUSES: readonly string[] = ['ACTIVE', 'REVOKED', 'EXPIRED', 'USED_UP'];

/**
 * Any filtered invitation list as CSV, page by page (keyset, like the list itself), so a school
 * with 200 000 invitations streams in constant memory. Who may export is who may list: the
 * school's INVITATIONS_VIEW, or a group's leader for that group's invitations.
 */
export class InvitationExportService {
  constructor(
    private readonly invitations: InvitationService,
    private readonly publicUrl: string,
  ) {}

  /** Checks everything before the first line, so a refusal is an HTTP error, not half a file. */
  async open(
    access: SchoolAccess,
    loaders: Loaders,
    filter: InvitationExportFilter,
  ): Promise<{ schoolSlug: string; lines: AsyncGenerator<string> }> {
    access.requireViewer();
    if (!isUuid(filter.schoolId)) throw notFound('school');
    const role = await access.requireMember(filter.schoolId);
    if (filter.status && !STATUSES.includes(filter.status))
      throw badInput('status', `must be one of ${STATUSES.join(', ')}`);
    for (const field of ['groupId', 'batchId'] as const)
      if (filter[field] && !isUuid(filter[field])) throw badInput(field, 'is not an id');
    if (filter.search && filter.search.length > 200)
      throw badInput('search', 'can be at most 200 characters');

    const query = {
      search: filter.search || null,
      status: (filter.status || null) as InvitationStatus | null,
      batchId: filter.batchId || null,
    };
    const school = (await loaders.school.load(filter.schoolId))!;
    const group =
      filter.groupId && !roleHasPermission(role, 'INVITATIONS_VIEW')
        ? { id: filter.groupId, schoolId: filter.schoolId }
        : null;
    const pageAfter = (after: string | null) =>
      group
        ? this.invitations.listForGroup(access, group, { ...query, first: PAGE, after })
        : this.invitations.list(access, filter.schoolId, async () => school.invitationCount, {
            ...query,
            groupId: filter.groupId || null,
            first: PAGE,
            after,
          });
    // The first page is read now, so the permission check it makes comes before any output.
    const first = await pageAfter(null);
    const publicUrl = this.publicUrl;

    async function* lines(): AsyncGenerator<string> {
      yield `\uFEFF${csvLine([...CSV_HEADER])}`;
      let page = first;
      for (;;) {
        const groupIds = await loaders.invitationGroupIds.loadMany(page.rows.map((row) => row.id));
        const allGroups = [...new Set(groupIds.flatMap((ids) => (Array.isArray(ids) ? ids : [])))];
        const groups = new Map(
          (await loaders.group.loadMany(allGroups)).flatMap((row) =>
            row && !(row instanceof Error) ? [[row.id, row.name] as const] : [],
          ),
        );
        let chunk = '';
        page.rows.forEach((invitation, k) => {
          const ids = groupIds[k];
          chunk += invitationCsvLine({
            invitation,
            link: invitationLink(publicUrl, invitation.token),
            groupNames: (Array.isArray(ids) ? ids : []).map((id) => groups.get(id) ?? ''),
            creatorName: invitation.creator.name,
          });
        });
        yield chunk;
        if (!page.hasNextPage) return;
        page = await pageAfter(page.rows.at(-1)!.seq);
      }
    }
    return { schoolSlug: school.slug, lines: lines() };
  }
}
