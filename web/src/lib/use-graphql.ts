import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';
import { graphqlRequest } from './graphql-request';

interface QueryState<TData> {
  data: TData | undefined;
  error: unknown;
  loading: boolean;
}

/**
 * Runs a query when the component mounts and whenever its variables change; `refetch` asks again.
 * Keeps the last data while asking again, so the screen does not blank.
 */
export function useGraphQLQuery<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
) {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<TData>>({
    data: undefined,
    error: undefined,
    loading: true,
  });
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    let current = true;
    // Marks the new request as loading while the last answer stays on screen.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setState((previous) => ({ ...previous, loading: true }));
    graphqlRequest(document, JSON.parse(key ?? '{}') as TVariables).then(
      (data) => current && setState({ data, error: undefined, loading: false }),
      (error: unknown) => current && setState({ data: undefined, error, loading: false }),
    );
    return () => {
      current = false;
    };
  }, [document, key, asked]);

  const refetch = useCallback(() => setAsked((n) => n + 1), []);
  return { ...state, refetch };
}

/** A mutation to run on demand: `[run, { loading }]`; `run` resolves to the data or throws. */
export function useGraphQLMutation<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
) {
  const [loading, setLoading] = useState(false);
  const run = useCallback(
    async (variables: TVariables) => {
      setLoading(true);
      try {
        return await graphqlRequest(document, variables);
      } finally {
        setLoading(false);
      }
    },
    [document],
  );
  return [run, { loading }] as const;
}
