import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/**
 * Ends the session and forgets everything cached for it. `then` runs after the cache is emptied
 * and before the queries on screen ask again: navigate there, so a page being left behind does not
 * ask once more as a stranger.
 */
export function useSignOut() {
  const [signOut] = useMutation(SignOutMutation);
  const client = useApolloClient();
  return async (then?: () => unknown) => {
    await signOut();
    await client.clearStore();
    await then?.();
    await client.refetchQueries({ include: 'active' });
  };
}
