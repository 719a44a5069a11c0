import type { Viewer } from '../auth/viewer';
import type { Repositories } from '../database/repositories';
import { createGroupLoaders } from '../modules/groups/group.repository';
import { createInvitationLoaders } from '../modules/invitations/invitation.repository';
import { createMembershipLoaders } from '../modules/memberships/membership.repository';
import { createSchoolLoaders } from '../modules/schools/school.repository';
import { createUserLoaders } from '../modules/users/user.repository';

/**
 * Per-request batching and caching: a page of 100 invitations asks for its creators, revokers and
 * schools in one statement each, whatever the page size. Each loader lives beside the SQL it batches.
 */
export function createLoaders(repositories: Repositories, viewer: Viewer | null) {
  const memberships = createMembershipLoaders(repositories.memberships, viewer);
  return {
    ...memberships,
    ...createUserLoaders(repositories.users),
    ...createSchoolLoaders(repositories.schools, viewer, memberships.viewerRole),
    ...createInvitationLoaders(repositories.invitations),
    ...createGroupLoaders(repositories.groups, viewer),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
