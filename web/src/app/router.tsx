import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppShellLayout } from './app-shell';
import { HomePage } from '../features/schools/components/home-page';
import { NotFoundPage } from '../components/ui/not-found-page';

// Admin screens and join screens are separate lazy chunks: a parent opening an invite link on a
// phone downloads only what that page needs.
export const routes = [
  {
    path: '/',
    element: <AppShellLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'sign-in', lazy: async () => ({ Component: (await import('../features/auth/components/auth-page')).AuthPage }) },
      { path: 'join', lazy: async () => ({ Component: (await import('../features/join/components/join-page')).JoinPage }) },
      { path: 'invite/:token', lazy: async () => ({ Component: (await import('../features/join/components/invite-page')).InvitePage }) },
      { path: 'schools/:slug', lazy: async () => ({ Component: (await import('../features/schools/components/school-page')).SchoolPage }) },
      {
        path: 'schools/:slug/settings/invites',
        lazy: async () => ({ Component: (await import('../features/invites/components/invites-page')).InvitesPage }),
      },
      {
        path: 'schools/:slug/settings/invites/:id/print',
        lazy: async () => ({ Component: (await import('../features/invites/components/print-invitation-page')).PrintInvitationPage }),
      },
      { path: 'schools/:slug/members', lazy: async () => ({ Component: (await import('../features/members/components/members-page')).MembersPage }) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRouter() {
  return <RouterProvider router={createBrowserRouter(routes)} />;
}
