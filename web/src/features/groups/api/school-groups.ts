import { graphql } from '../../../gql';

/**
 * One page of a school's groups by name, searched on the server. Someone who may see every group
 * gets them all (live, or archived too); a leader otherwise only theirs, as with `ledByViewer`.
 */
export const SchoolGroupsQuery = graphql(`
  query SchoolGroups(
    $schoolId: ID!
    $after: String
    $search: String
    $includeArchived: Boolean
    $ledByViewer: Boolean
  ) {
    school(id: $schoolId) {
      id
      groups(
        first: 25
        after: $after
        search: $search
        includeArchived: $includeArchived
        ledByViewer: $ledByViewer
      ) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...GroupList_group
          }
        }
      }
    }
  }
`);
