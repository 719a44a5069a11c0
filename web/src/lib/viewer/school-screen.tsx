import type { ReactNode } from 'react';
import { Skeleton } from '@mantine/core';
import { useParams } from 'react-router';
import { NoAccessPage } from '../../components/ui/no-access-page';
import { NotFoundPage } from '../../components/ui/not-found-page';
import type { Permission } from '../../gql/graphql';
import { viewerCan } from './can';
import { useSchoolBySlug, type ViewerSchool } from './viewer';

/**
 * A screen of the school named in the URL that needs `permission` there (any one of them, when
 * several), or with `orLeadingGroups` leading a group there: a skeleton while the school loads,
 * the not-found page for a school the viewer is not in, and the no-access page (saying `what` was
 * refused) when the server says the viewer may not.
 */
export function SchoolScreen({
  permission,
  orLeadingGroups = false,
  what,
  skeletonHeight = 200,
  children,
}: {
  permission: Permission | readonly Permission[];
  orLeadingGroups?: boolean;
  what: string;
  skeletonHeight?: number;
  children: (school: ViewerSchool) => ReactNode;
}) {
  const { slug } = useParams();
  const { school, loading } = useSchoolBySlug(slug);
  if (loading) return <Skeleton h={skeletonHeight} />;
  if (!school) return <NotFoundPage />;
  const anyOf: readonly Permission[] = typeof permission === 'string' ? [permission] : permission;
  const allowed =
    anyOf.some((each) => viewerCan(school, each)) || (orLeadingGroups && school.viewerLeadsGroups);
  if (!allowed) return <NoAccessPage what={what} backTo={`/schools/${school.slug}`} />;
  return <>{children(school)}</>;
}
