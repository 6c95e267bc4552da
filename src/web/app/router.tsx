import type { ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import type { SessionResponse } from '../../contracts/sessions';
import { Loading } from '../components/messages';
import { LoginPage } from '../features/auth/components/login-page';
import { ClientPortalHome } from '../features/client-portal/components/client-portal-home';
import { DashboardPage } from '../features/dashboard/components/dashboard-page';
import { i18n } from '../i18n/i18n';
import { NotFoundPage, RouteErrorPage } from './pages';
import { RootLayout } from './root-layout';
import { requireSession, RequireAction, StaffLayout, useStaffSession } from './staff-layout';

// A client contact's home is the client portal (their own client); everyone else has the dashboard.
const DashboardRoute = () => {
  const session = useStaffSession();
  return session.role === 'client' ? <ClientPortalHome session={session} /> : <DashboardPage session={session} />;
};

const HydrateFallback = () => <Loading>{i18n.t('app.loading')}</Loading>;

// Pages that need the session get it from the staff layout's outlet context; these wrappers pass it on.
const withSession = (Page: (props: { session: SessionResponse }) => ReactNode) =>
  function SessionRoute() {
    return <Page session={useStaffSession()} />;
  };

// Public visitors should not download the staff screens, and staff rarely need the public page: both load on demand.
export const createAppRouter = () =>
  createBrowserRouter([
    {
      element: <RootLayout />,
      errorElement: <RouteErrorPage />,
      HydrateFallback,
      children: [
        { path: 'aanmelden', element: <LoginPage /> },
        // The steps between password and work sit outside the staff layout, which only admits complete sessions.
        {
          path: 'aanmelden/code',
          lazy: async () => ({ Component: (await import('../features/auth/components/second-factor-page')).SecondFactorPage }),
        },
        {
          path: 'aanmelden/authenticator',
          lazy: async () => ({ Component: (await import('../features/auth/components/enrollment-page')).EnrollmentPage }),
        },
        // The pages behind a one-time link: public, their token in the address's fragment (decision 215).
        {
          path: 'uitnodiging',
          lazy: async () => ({ Component: (await import('../features/auth/components/accept-invitation-page')).AcceptInvitationPage }),
        },
        {
          path: 'wachtwoord-vergeten',
          lazy: async () => ({ Component: (await import('../features/auth/components/forgot-password-page')).ForgotPasswordPage }),
        },
        {
          path: 'nieuw-wachtwoord',
          lazy: async () => ({ Component: (await import('../features/auth/components/new-password-page')).NewPasswordPage }),
        },
        {
          path: 'word-gebruiker/:slug',
          lazy: async () => ({ Component: (await import('../features/client-registration/components/become-client-page')).BecomeClientPage }),
        },
        {
          path: 'word-gebruiker/:slug/bedankt',
          lazy: async () => ({ Component: (await import('../features/client-registration/components/application-received-page')).ApplicationReceivedPage }),
        },
        {
          path: 'ondertekenen',
          lazy: async () => ({ Component: (await import('../features/client-registration/components/sign-agreement-page')).SignAgreementPage }),
        },
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
              path: 'mijn-account',
              lazy: async () => ({ Component: withSession((await import('../features/auth/components/account-page')).AccountPage) }),
            },
            {
              path: 'beheer/accounts',
              element: <RequireAction action="accounts.read" />,
              children: [
                {
                  index: true,
                  lazy: async () => ({ Component: withSession((await import('../features/accounts/components/accounts-page')).AccountsPage) }),
                },
                {
                  path: 'nieuw',
                  element: <RequireAction action="invitations.create" />,
                  children: [{ index: true, lazy: async () => ({ Component: (await import('../features/accounts/components/new-account-page')).NewAccountPage }) }],
                },
                {
                  path: ':accountId',
                  lazy: async () => ({ Component: withSession((await import('../features/accounts/components/account-detail-page')).AccountDetailPage) }),
                },
              ],
            },
            {
              path: 'beheer/organisatie',
              element: <RequireAction action="organiser.read" />,
              children: [
                {
                  index: true,
                  lazy: async () => ({
                    Component: withSession((await import('../features/organiser/components/organiser-settings-page')).OrganiserSettingsPage),
                  }),
                },
              ],
            },
            {
              path: 'beheer/chequeprijs',
              element: <RequireAction action="chequePrices.read" />,
              children: [
                {
                  index: true,
                  lazy: async () => ({
                    Component: withSession((await import('../features/cheque-prices/components/cheque-price-settings-page')).ChequePriceSettingsPage),
                  }),
                },
              ],
            },
            {
              path: 'beheer/kantoren',
              element: <RequireAction action="offices.update" />,
              children: [
                {
                  index: true,
                  lazy: async () => ({ Component: (await import('../features/offices/components/offices-admin-page')).OfficesAdminPage }),
                },
                {
                  path: 'nieuw',
                  element: <RequireAction action="offices.create" />,
                  children: [{ index: true, lazy: async () => ({ Component: (await import('../features/offices/components/new-office-page')).NewOfficePage }) }],
                },
                {
                  path: ':officeId',
                  lazy: async () => ({ Component: (await import('../features/offices/components/office-detail-page')).OfficeDetailPage }),
                },
              ],
            },
            {
              path: 'beheer/taken',
              element: <RequireAction action="jobs.read" />,
              children: [{ index: true, lazy: async () => ({ Component: (await import('../features/jobs/components/failed-jobs-page')).FailedJobsPage }) }],
            },
            {
              path: 'beheer/werkcoach-gemeenten',
              element: <RequireAction action="coachMunicipalities.update" />,
              children: [
                {
                  index: true,
                  lazy: async () => ({ Component: (await import('../features/coaching/components/coach-municipalities-page')).CoachMunicipalitiesPage }),
                },
              ],
            },
            {
              path: 'planning',
              element: <RequireAction action="planning.read" />,
              children: [{ index: true, lazy: async () => ({ Component: (await import('../features/assignments/components/planning-page')).PlanningPage }) }],
            },
            {
              path: 'opdrachten/:assignmentId',
              element: <RequireAction action="assignments.read" />,
              children: [
                {
                  index: true,
                  lazy: async () => ({ Component: withSession((await import('../features/assignments/components/assignment-page')).AssignmentPage) }),
                },
              ],
            },
            {
              path: 'mijn-planning',
              element: <RequireAction action="myPlanning.read" />,
              children: [{ index: true, lazy: async () => ({ Component: (await import('../features/assignments/components/my-planning-page')).MyPlanningPage }) }],
            },
            {
              path: 'berichten',
              element: <RequireAction action="messages.read" />,
              children: [
                { index: true, lazy: async () => ({ Component: withSession((await import('../features/messages/components/messages-page')).MessagesPage) }) },
                { path: ':messageId', lazy: async () => ({ Component: withSession((await import('../features/messages/components/message-page')).MessagePage) }) },
              ],
            },
            {
              path: 'mijn-overzicht',
              element: <RequireAction action="cockpit.view" />,
              children: [{ index: true, lazy: async () => ({ Component: (await import('./counsellor-cockpit-page')).CounsellorCockpitPage }) }],
            },
            {
              path: 'doorverwijzen',
              element: <RequireAction action="referrals.create" />,
              children: [{ index: true, lazy: async () => ({ Component: withSession((await import('../features/referrals/components/refer-page')).ReferPage) }) }],
            },
            {
              path: 'doorverwijzingen',
              element: <RequireAction action="referrals.read" />,
              children: [
                {
                  index: true,
                  lazy: async () => ({ Component: withSession((await import('../features/referrals/components/referral-queue-page')).ReferralQueuePage) }),
                },
                {
                  path: ':referralId',
                  lazy: async () => ({ Component: withSession((await import('../features/referrals/components/referral-page')).ReferralPage) }),
                },
                {
                  path: ':referralId/intake',
                  element: <RequireAction action="referrals.decide" />,
                  children: [
                    {
                      index: true,
                      lazy: async () => ({ Component: (await import('../features/referrals/components/intake-wizard-page')).IntakeWizardPage }),
                    },
                  ],
                },
              ],
            },
            {
              path: 'gebruikers',
              element: <RequireAction action="clients.read" />,
              children: [
                { index: true, lazy: async () => ({ Component: withSession((await import('../features/clients/components/client-list-page')).ClientListPage) }) },
                {
                  path: 'nieuw',
                  element: <RequireAction action="clients.create" />,
                  children: [{ index: true, lazy: async () => ({ Component: (await import('../features/clients/components/new-client-page')).NewClientPage }) }],
                },
                {
                  path: 'aanvragen',
                  element: <RequireAction action="clientApplications.read" />,
                  children: [
                    {
                      index: true,
                      lazy: async () => ({ Component: (await import('../features/clients/components/client-applications-page')).ClientApplicationsPage }),
                    },
                    {
                      path: ':applicationId',
                      lazy: async () => ({ Component: withSession((await import('../features/clients/components/client-application-page')).ClientApplicationPage) }),
                    },
                  ],
                },
                { path: ':clientId', lazy: async () => ({ Component: withSession((await import('../features/clients/components/client-page')).ClientPage) }) },
              ],
            },
            {
              path: 'klusjes',
              element: <RequireAction action="jobRequests.read" />,
              children: [
                {
                  index: true,
                  lazy: async () => ({ Component: withSession((await import('../features/job-requests/components/job-request-list-page')).JobRequestListPage) }),
                },
                {
                  path: 'nieuw',
                  element: <RequireAction action="jobRequests.create" />,
                  children: [
                    { index: true, lazy: async () => ({ Component: (await import('../features/job-requests/components/new-job-request-page')).NewJobRequestPage }) },
                  ],
                },
                // The matching helper's candidates live on this page (/klusjes/:jobRequestId).
                {
                  path: ':jobRequestId',
                  lazy: async () => ({ Component: withSession((await import('../features/job-requests/components/job-request-page')).JobRequestPage) }),
                },
                {
                  path: ':jobRequestId/bewerken',
                  element: <RequireAction action="jobRequests.update" />,
                  children: [
                    { index: true, lazy: async () => ({ Component: (await import('../features/job-requests/components/edit-job-request-page')).EditJobRequestPage }) },
                  ],
                },
                {
                  path: ':jobRequestId/kandidaten',
                  element: <RequireAction action="matching.read" />,
                  children: [{ index: true, lazy: async () => ({ Component: (await import('../features/matching/components/candidates-page')).CandidatesPage }) }],
                },
              ],
            },
            {
              path: 'mijn-klusjes',
              element: <RequireAction action="clientPortal.jobRequests.read" />,
              children: [
                { index: true, lazy: async () => ({ Component: (await import('../features/client-portal/components/client-portal-page')).ClientPortalPage }) },
                { path: 'nieuw', lazy: async () => ({ Component: (await import('../features/client-portal/components/ask-job-page')).AskJobPage }) },
                {
                  path: ':jobRequestId',
                  lazy: async () => ({ Component: (await import('../features/client-portal/components/own-job-request-page')).OwnJobRequestPage }),
                },
              ],
            },
            {
              path: 'wijk-werkers',
              element: <RequireAction action="participants.read" />,
              children: [
                {
                  index: true,
                  lazy: async () => ({ Component: withSession((await import('../features/participants/components/participant-list-page')).ParticipantListPage) }),
                },
                {
                  path: ':participantId',
                  lazy: async () => ({ Component: withSession((await import('../features/participants/components/participant-page')).ParticipantPage) }),
                },
                {
                  path: ':participantId/bewerken',
                  element: <RequireAction action="participants.update" />,
                  children: [
                    {
                      index: true,
                      lazy: async () => ({ Component: (await import('../features/participants/components/participant-edit-page')).ParticipantEditPage }),
                    },
                  ],
                },
              ],
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
