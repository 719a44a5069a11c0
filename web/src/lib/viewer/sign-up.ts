import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
        name
      }
    }
  }
`);

/** Signing up also signs in: every query on screen asks again as the new viewer. */
export function useSignUp() {
  return useMutation(SignUpMutation, { refetchQueries: 'active', awaitRefetchQueries: true });
}
