import { graphql } from '../../../gql';

/** What the classroom poster prints: the school, the label, the code and the link. */
export const PrintInvitationQuery = graphql(`
  query PrintInvitation($id: ID!) {
    invitation(id: $id) {
      id
      label
      code
      link
      school {
        id
        name
      }
    }
  }
`);
