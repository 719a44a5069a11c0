import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ViewerQuery } from '../lib/viewer/viewer';

type Mock = MockLink.MockedResponse<any, any>;

export const signedOut: Mock = {
  request: { query: ViewerQuery },
  result: { data: { me: null, mySchools: [] } },
  maxUsageCount: Infinity,
};

export function signedIn(schools: { id: string; name: string; slug: string; role: string; permissions: string[] }[] = []): Mock {
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
          viewerGrantableRoles: [],
        })),
      },
    },
    maxUsageCount: Infinity,
  };
}

/** Renders `element` at `path` with mocked GraphQL answers; other routes render their path. */
export function renderWithProviders(element: ReactNode, { mocks, path = '/', route = '/' }: { mocks: Mock[]; path?: string; route?: string }) {
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '*', element: <p>Navigated elsewhere</p> },
    ],
    { initialEntries: [route] },
  );
  const view = render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>
        <RouterProvider router={router} />
      </MantineProvider>
    </MockedProvider>,
  );
  return { ...view, router };
}
