import { graphql } from '../../../gql';

/**
 * The school's live groups, by name: what a new invitation may join and what the list filters by.
 * The first 100, the server's largest page.
 */
export const InvitesGroupsQuery = graphql(`
  query InvitesGroups($schoolId: ID!) {
    school(id: $schoolId) {
      id
      groups(first: 100) {
        edges {
          node {
            id
            name
          }
        }
      }
    }
  }
`);
