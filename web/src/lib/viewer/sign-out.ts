import { graphql } from '../../gql';
import { graphqlRequest } from '../graphql-request';

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/**
 * Ends the session. The admin app then loads its home page afresh, so nothing cached for the
 * previous viewer (Apollo's store, a page being left) can show or ask again as them.
 */
export async function signOut(): Promise<void> {
  await graphqlRequest(SignOutMutation, {});
}
