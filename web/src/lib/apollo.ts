import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The session travels as an httpOnly cookie, so the client sends same-origin credentials only. */
export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        // "Load more" appends the next page to the list that has the same search and filter.
        School: {
          fields: {
            invitations: {
              keyArgs: ['search', 'status'],
              merge(existing, incoming, { args }) {
                if (!existing || !args?.after) return incoming;
                return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
              },
            },
          },
        },
      },
    }),
  });
}
