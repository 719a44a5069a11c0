import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { graphql } from '../../gql';
import type { SessionQuery as SessionData } from '../../gql/graphql';
import { graphqlRequest } from '../graphql-request';

/** Who is signed in, as the join app's header and pages need it (the admin app asks `Viewer`). */
export const SessionQuery = graphql(`
  query Session {
    me {
      id
      name
    }
  }
`);

export type SessionUser = NonNullable<SessionData['me']>;

interface Session {
  me: SessionUser | null;
  /** True until the first answer. */
  loading: boolean;
  /** After signing in, up or out: the pages below show the new viewer without asking again. */
  setMe: (me: SessionUser | null) => void;
}

const SessionContext = createContext<Session>({ me: null, loading: false, setMe: () => undefined });

/** Asks once who is signed in and shares the answer with the header and the page. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMeState] = useState<SessionUser | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let current = true;
    graphqlRequest(SessionQuery, {})
      .then((data) => current && setMeState(data.me ?? null))
      .catch(() => undefined)
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, []);
  const setMe = useCallback((next: SessionUser | null) => {
    setMeState(next);
    setLoading(false);
  }, []);
  return (
    <SessionContext.Provider value={{ me, loading, setMe }}>{children}</SessionContext.Provider>
  );
}

export function useSession(): Session {
  return useContext(SessionContext);
}
