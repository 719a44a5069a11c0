import { graphql } from '../../../gql';

/** Whether the signed-in viewer has confirmed their email address (only they can read it). */
export const EmailConfirmationQuery = graphql(`
  query EmailConfirmation {
    me {
      id
      emailVerified
    }
  }
`);
