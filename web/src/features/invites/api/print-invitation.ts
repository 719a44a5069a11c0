import { graphql } from '../../../gql';

/** What the classroom poster prints: the school, the label, the code, the link and its limits. */
export const PrintInvitationQuery = graphql(`
  query PrintInvitation($id: ID!) {
    invitation(id: $id) {
      id
      label
      code
      link
      status
      expiresAt
      maxUses
      school {
        id
        name
      }
    }
  }
`);
