import { graphql } from '../../gql';

/**
 * Emails the signed-in viewer a link that confirms their address: from an invitation that needs
 * a confirmed address (join app), and from the admin app's home page.
 */
export const RequestEmailVerificationMutation = graphql(`
  mutation RequestEmailVerification {
    requestEmailVerification
  }
`);
