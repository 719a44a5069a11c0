import { useEffect, useRef, useState } from 'react';

interface Paged {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * Asks for the next page as soon as one arrives, until the last: for lists that need all their
 * items (a "select all", a print sheet). `list` names the list (its search, its filter), so each
 * page of each list is asked for once, even when React runs an effect twice. `more` is true while
 * pages remain; `error` says why one could not be had.
 */
export function useEveryPage(
  list: string,
  connection: Paged | null | undefined,
  fetchMore: (options: { variables: { after: string } }) => Promise<unknown>,
) {
  const next = connection?.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null;
  const asked = useRef(new Set<string>());
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    const page = `${list}\n${next}`;
    if (!next || asked.current.has(page)) return;
    asked.current.add(page);
    fetchMore({ variables: { after: next } }).catch((caught: Error) => setError(caught));
  }, [list, next, fetchMore]);
  return { more: Boolean(next) && !error, error };
}
