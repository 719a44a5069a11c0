import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The session travels as an httpOnly cookie, so the client sends same-origin credentials only. */
export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        School: { fields: { invitations: { keyArgs: ['search', 'status'] } } },
      },
    }),
  });
}
