import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ViewerQuery as ViewerData } from '../../gql/graphql';

/** Who is signed in, their schools, and what the server says they may do in each. */
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
    }
    mySchools {
      id
      name
      slug
      viewerRole
      viewerPermissions
      viewerGrantableRoles
      viewerLeadsGroups
    }
  }
`);

export type ViewerSchool = ViewerData['mySchools'][number];

/** `loading` is true only until the first answer, so a refetch does not blank the screen. */
export function useViewer() {
  const { data, loading } = useQuery(ViewerQuery);
  return { me: data?.me ?? null, schools: data?.mySchools ?? [], loading: loading && !data };
}

/** The viewer's school named by a URL's `:slug`; undefined once loaded means not found (or not a member). */
export function useSchoolBySlug(slug: string | undefined) {
  const { schools, loading } = useViewer();
  return { school: schools.find((school) => school.slug === slug), loading };
}
