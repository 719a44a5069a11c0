import { graphql } from '../../gql';

/** Always answers true, so nobody learns from it whether an address has an account. */
export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);
