import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
        name
      }
    }
  }
`);

/** Every query on screen asks again as the new viewer before the sign-in counts as done. */
export function useSignIn() {
  return useMutation(SignInMutation, { refetchQueries: 'active', awaitRefetchQueries: true });
}
