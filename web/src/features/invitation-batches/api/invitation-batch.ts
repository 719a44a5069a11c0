import { graphql } from '../../../gql';

/**
 * The invitations of one batch that still work, for its print sheet: pages of 100 (the most the
 * server gives), asked for until the last. The school's name heads every poster and slip.
 */
export const InvitationBatchQuery = graphql(`
  query InvitationBatch($schoolId: ID!, $batchId: ID!, $after: String) {
    school(id: $schoolId) {
      id
      name
      invitations(batchId: $batchId, status: ACTIVE, first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...PrintSheet_invitation
          }
        }
      }
    }
  }
`);
