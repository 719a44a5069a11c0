import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLFormattedError } from 'graphql';

/** The server answered with errors (each with `extensions.code`), or could not be reached (`errors` empty). */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors[0]?.message ?? 'The server could not be reached.');
    this.name = 'GraphQLRequestError';
  }
}

/**
 * The text of an operation. The build writes it into each document (vite-plugins/graphql-documents.ts);
 * only documents made otherwise (unit tests) are printed, by graphql-js's printer loaded on demand.
 */
async function queryText(document: TypedDocumentNode<unknown, never>): Promise<string> {
  return document.loc?.source.body ?? (await import('graphql/language/printer')).print(document);
}

/**
 * One GraphQL operation over fetch, with the session cookie: what the join app uses instead of
 * Apollo Client, whose cache it does not need and whose weight a phone opening an invite link
 * should not download.
 */
export async function graphqlRequest<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<TData> {
  const query = await queryText(document);
  let body: { data?: TData | null; errors?: GraphQLFormattedError[] };
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError([]);
  }
  if (body.errors?.length || !body.data) throw new GraphQLRequestError(body.errors ?? []);
  return body.data;
}
