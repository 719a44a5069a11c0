import { graphql } from '../../../gql';

/** Sets the new password and signs in (the server ends every other session of the account). */
export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      user {
        id
        name
      }
    }
  }
`);
