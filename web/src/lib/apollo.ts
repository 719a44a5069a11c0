import { ApolloClient, HttpLink, InMemoryCache, type FieldPolicy } from '@apollo/client';

/**
 * "Load more" on a connection: the next page (fetched with `after`) is appended to the list
 * cached for the same `keyArgs` (the same search and filter); a first page replaces it.
 */
function appendPages(keyArgs: string[] | false): FieldPolicy<{ edges: unknown[] }> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
    },
  };
}

/** The session travels as an httpOnly cookie, so the client sends same-origin credentials only. */
export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        School: {
          fields: {
            invitations: appendPages([
              'search',
              'status',
              'groupId',
              'batchId',
              'createdBy',
              'createdByFormerStaff',
            ]),
            members: appendPages(['search', 'roles']),
            blockedUsers: appendPages(false),
            groups: appendPages(['search', 'includeArchived', 'ledByViewer']),
          },
        },
        Group: {
          fields: {
            members: appendPages(['search']),
            invitations: appendPages(['search', 'status']),
          },
        },
        Invitation: { fields: { redemptions: appendPages(false) } },
      },
    }),
  });
}
