import { createBrowserRouter } from 'react-router';
import { Loading } from '../components/messages';
import { LoginPage } from '../features/auth/components/login-page';
import { DashboardPage } from '../features/dashboard/components/dashboard-page';
import { i18n } from '../i18n/i18n';
import { NotFoundPage, RouteErrorPage } from './pages';
import { RootLayout } from './root-layout';
import { requireSession, RequireAction, StaffLayout, useStaffSession } from './staff-layout';

const DashboardRoute = () => <DashboardPage session={useStaffSession()} />;

const HydrateFallback = () => <Loading>{i18n.t('app.loading')}</Loading>;

// Public visitors should not download the admin screens, and staff rarely need the public page: both load on demand.
export const createAppRouter = () =>
  createBrowserRouter([
    {
      element: <RootLayout />,
      errorElement: <RouteErrorPage />,
      HydrateFallback,
      children: [
        { path: 'aanmelden', element: <LoginPage /> },
        {
          path: 'kantoren/:slug',
          lazy: async () => ({ Component: (await import('../features/offices/components/public-offices-page')).PublicOfficesPage }),
        },
        {
          element: <StaffLayout />,
          loader: requireSession,
          children: [
            { index: true, element: <DashboardRoute /> },
            {
              path: 'beheer/kantoren',
              element: <RequireAction action="offices.manage" />,
              children: [
                {
                  index: true,
                  lazy: async () => ({ Component: (await import('../features/offices/components/offices-admin-page')).OfficesAdminPage }),
                },
                {
                  path: 'nieuw',
                  lazy: async () => ({ Component: (await import('../features/offices/components/new-office-page')).NewOfficePage }),
                },
                {
                  path: ':officeId',
                  lazy: async () => ({ Component: (await import('../features/offices/components/office-detail-page')).OfficeDetailPage }),
                },
              ],
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
