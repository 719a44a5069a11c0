import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppShellLayout } from './app-shell';
import { HomePage } from '../features/schools/components/home-page';
import { NotFoundPage } from '../components/ui/not-found-page';

// Each screen is its own lazy chunk: the home page does not load the Invites screen's code. The
// invite, join and sign-in pages are not here: they are the join app (join.html, see pages.ts),
// which a phone opening an invite link loads without this app's component library and client.
export const routes = [
  {
    path: '/',
    element: <AppShellLayout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'schools/:slug',
        lazy: async () => ({
          Component: (await import('../features/schools/components/school-page')).SchoolPage,
        }),
      },
      {
        path: 'schools/:slug/settings/invites',
        lazy: async () => ({
          Component: (await import('../features/invites/components/invites-page')).InvitesPage,
        }),
      },
      {
        path: 'schools/:slug/settings/invites/:id/print',
        lazy: async () => ({
          Component: (await import('../features/invites/components/print-invitation-page'))
            .PrintInvitationPage,
        }),
      },
      {
        path: 'schools/:slug/settings/invites/batch',
        lazy: async () => ({
          Component: (
            await import('../features/invitation-batches/components/invitation-batch-page')
          ).InvitationBatchPage,
        }),
      },
      {
        path: 'schools/:slug/settings/invites/batch/:batchId/print',
        lazy: async () => ({
          Component: (await import('../features/invitation-batches/components/batch-print-page'))
            .BatchPrintPage,
        }),
      },
      {
        path: 'schools/:slug/settings/invitation-rules',
        lazy: async () => ({
          Component: (await import('../features/school-settings/components/invitation-rules-page'))
            .InvitationRulesPage,
        }),
      },
      {
        path: 'schools/:slug/settings/groups',
        lazy: async () => ({
          Component: (await import('../features/groups/components/groups-page')).GroupsPage,
        }),
      },
      {
        path: 'schools/:slug/settings/groups/:groupId',
        lazy: async () => ({
          Component: (await import('../features/groups/components/group-page')).GroupSettingsPage,
        }),
      },
      {
        path: 'schools/:slug/my-classes',
        lazy: async () => ({
          Component: (await import('../features/groups/components/my-classes-page')).MyClassesPage,
        }),
      },
      {
        path: 'schools/:slug/my-classes/:groupId',
        lazy: async () => ({
          Component: (await import('../features/groups/components/group-page')).MyClassPage,
        }),
      },
      {
        path: 'schools/:slug/members',
        lazy: async () => ({
          Component: (await import('../features/members/components/members-page')).MembersPage,
        }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRouter() {
  return <RouterProvider router={createBrowserRouter(routes)} />;
}
