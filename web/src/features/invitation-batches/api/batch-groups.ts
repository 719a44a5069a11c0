import { graphql } from '../../../gql';

/**
 * The groups a batch may go to, by name: all of the school's live groups, or only those the
 * viewer leads (a teacher inviting their own classes). Pages of 100, the most the server gives.
 */
export const BatchGroupsQuery = graphql(`
  query BatchGroups($schoolId: ID!, $search: String, $ledByViewer: Boolean, $after: String) {
    school(id: $schoolId) {
      id
      groups(first: 100, after: $after, search: $search, ledByViewer: $ledByViewer) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...GroupPicker_group
          }
        }
      }
    }
  }
`);
