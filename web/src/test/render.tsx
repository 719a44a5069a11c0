import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { print } from 'graphql';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { GoToProvider } from '../lib/navigation';
import { SessionProvider, SessionQuery } from '../lib/viewer/session';
import { ViewerQuery } from '../lib/viewer/viewer';

type Mock = MockLink.MockedResponse<any, any>;

export const signedOut: Mock = {
  request: { query: ViewerQuery },
  result: { data: { me: null, mySchools: [] } },
  maxUsageCount: Infinity,
};

export function signedIn(
  schools: {
    id: string;
    name: string;
    slug: string;
    role: string;
    permissions: string[];
    grantableRoles?: string[];
    leadsGroups?: boolean;
  }[] = [],
): Mock {
  return {
    request: { query: ViewerQuery },
    result: {
      data: {
        me: { __typename: 'User', id: 'u1', name: 'Sam Signed-in' },
        mySchools: schools.map((s) => ({
          __typename: 'School',
          id: s.id,
          name: s.name,
          slug: s.slug,
          viewerRole: s.role,
          viewerPermissions: s.permissions,
          viewerGrantableRoles: s.grantableRoles ?? [],
          viewerLeadsGroups: s.leadsGroups ?? false,
        })),
      },
    },
    maxUsageCount: Infinity,
  };
}

/** Renders `element` at `path` with mocked GraphQL answers; other routes render their path. */
export function renderWithProviders(
  element: ReactNode,
  { mocks, path = '/', route = '/' }: { mocks: Mock[]; path?: string; route?: string },
) {
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '*', element: <p>Navigated elsewhere</p> },
    ],
    { initialEntries: [route] },
  );
  const view = render(
    <MockedProvider mocks={mocks}>
      <MantineProvider env="test">
        <RouterProvider router={router} />
      </MantineProvider>
    </MockedProvider>,
  );
  return { ...view, router };
}

/** The join app's session mocks: who the header and the join pages see signed in. */
export const noSession: Mock = {
  request: { query: SessionQuery },
  result: { data: { me: null } },
  maxUsageCount: Infinity,
};

export function session(name = 'Sam Signed-in'): Mock {
  return {
    request: { query: SessionQuery },
    result: { data: { me: { __typename: 'User', id: 'u1', name } } },
    maxUsageCount: Infinity,
  };
}

function sameVariables(expected: unknown, actual: Record<string, unknown>): boolean {
  if (typeof expected === 'function') return Boolean(expected(actual));
  const normal = (value: unknown) =>
    JSON.stringify(value ?? {}, (_, v) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort())
        : v,
    );
  return normal(expected) === normal(actual);
}

/**
 * Answers the join app's fetch requests from mocks written as for Apollo's MockedProvider (same
 * document, same variables, each used once unless maxUsageCount says otherwise). A request no mock
 * matches is reported and answered with an error, so the test sees it fail.
 */
export function mockFetch(mocks: Mock[]) {
  const left = mocks.map((mock) => ({ mock, uses: mock.maxUsageCount ?? 1 }));
  const requests: { query: string; variables: Record<string, unknown> }[] = [];
  globalThis.fetch = jest.fn(async (_url: unknown, init?: RequestInit) => {
    const { query, variables } = JSON.parse(String(init?.body)) as {
      query: string;
      variables: Record<string, unknown>;
    };
    requests.push({ query, variables });
    const match = left.find(
      ({ mock, uses }) =>
        uses > 0 &&
        print(mock.request.query) === query &&
        sameVariables(mock.request.variables, variables),
    );
    if (!match) {
      console.error(`No mock for ${query} with ${JSON.stringify(variables)}`);
      return new Response(
        JSON.stringify({ errors: [{ message: 'No mock', extensions: { code: 'NO_MOCK' } }] }),
      );
    }
    match.uses--;
    const result =
      typeof match.mock.result === 'function'
        ? (match.mock.result as () => unknown)()
        : match.mock.result;
    return new Response(JSON.stringify(result), {
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
  return requests;
}

/**
 * Renders a join-app element (no component library, no Apollo) with mocked GraphQL answers;
 * `goneTo` lists the pages it sent the reader to.
 */
export function renderJoinApp(element: ReactNode, { mocks }: { mocks: Mock[] }) {
  const requests = mockFetch(mocks);
  const goneTo: string[] = [];
  const view = render(
    <GoToProvider value={(url) => goneTo.push(url)}>
      <SessionProvider>{element}</SessionProvider>
    </GoToProvider>,
  );
  return { ...view, goneTo, requests };
}
