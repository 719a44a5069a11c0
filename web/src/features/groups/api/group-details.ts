import { graphql } from '../../../gql';

/** A group's page: what it is, who leads it, and what the viewer may do with it. */
export const GroupDetailsQuery = graphql(`
  query GroupDetails($id: ID!) {
    group(id: $id) {
      id
      name
      kind
      description
      capacity
      memberCount
      archivedAt
      createdAt
      viewerCanManage
      leaders {
        id
        name
      }
    }
  }
`);
