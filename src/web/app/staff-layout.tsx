import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Outlet, redirect, useLocation, useOutletContext, type LoaderFunctionArgs } from 'react-router';
import type { SessionResponse } from '../../contracts/sessions';
import { Button } from '../components/button';
import { PageShell } from '../components/page-shell';
import { sessionQueryOptions, useLogOut, useSession } from '../features/auth/api/session';
import { loginPath as loginPathFor, stagePath } from '../features/auth/utils/login-steps';
import { queryClient } from '../lib/api';
import { can, type UiAction } from '../lib/authorization';
import { ForbiddenContent } from './pages';

const loginPath = (pathname: string, search: string): string => loginPathFor(pathname === '/' ? '/' : pathname + search);

/**
 * Sends anonymous visitors to the login page, and a login still waiting for its second factor to that step, before
 * any staff page renders (no flash of a page they cannot use, and no login loop: the password was already right).
 */
export const requireSession = async ({ request }: LoaderFunctionArgs) => {
  const session = await queryClient.ensureQueryData(sessionQueryOptions);
  const url = new URL(request.url);
  if (!session) return redirect(loginPath(url.pathname, url.search));
  if (session.stage !== 'complete') return redirect(stagePath(session.stage, url.pathname + url.search));
  return null;
};

type NavItem = {
  to: string;
  label:
    | 'nav.home'
    | 'nav.offices'
    | 'nav.cockpit'
    | 'nav.refer'
    | 'nav.referrals'
    | 'nav.participants'
    | 'nav.clients'
    | 'nav.jobRequests'
    | 'nav.coachMunicipalities'
    | 'nav.accounts'
    | 'nav.messages'
    | 'nav.organiser'
    | 'nav.jobs'
    | 'nav.planning'
    | 'nav.myPlanning'
    | 'nav.myJobRequests'
    | 'nav.chequePrices';
  action?: UiAction;
};

const navItems: readonly NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/mijn-overzicht', label: 'nav.cockpit', action: 'cockpit.view' },
  { to: '/doorverwijzingen', label: 'nav.referrals', action: 'referrals.queue' },
  { to: '/wijk-werkers', label: 'nav.participants', action: 'participants.read' },
  { to: '/gebruikers', label: 'nav.clients', action: 'clients.read' },
  { to: '/klusjes', label: 'nav.jobRequests', action: 'jobRequests.read' },
  // Counsellors refer from the menu; coordinators record a referral from the queue page.
  { to: '/doorverwijzen', label: 'nav.refer', action: 'cockpit.view' },
  { to: '/beheer/kantoren', label: 'nav.offices', action: 'offices.update' },
  { to: '/beheer/werkcoach-gemeenten', label: 'nav.coachMunicipalities', action: 'coachMunicipalities.update' },
  { to: '/beheer/accounts', label: 'nav.accounts', action: 'accounts.read' },
  { to: '/berichten', label: 'nav.messages', action: 'messages.read' },
  // Staff who may only read the settings find them on the start page; the menu is for the work of the day.
  { to: '/beheer/organisatie', label: 'nav.organiser', action: 'organiser.update' },
  { to: '/beheer/taken', label: 'nav.jobs', action: 'jobs.read' },
  { to: '/planning', label: 'nav.planning', action: 'planning.read' },
  { to: '/mijn-planning', label: 'nav.myPlanning', action: 'myPlanning.read' },
  { to: '/mijn-klusjes', label: 'nav.myJobRequests', action: 'clientPortal.jobRequests.read' },
  { to: '/beheer/chequeprijs', label: 'nav.chequePrices', action: 'chequePrices.write' },
];

export const useStaffSession = () => useOutletContext<SessionResponse>();

export const StaffLayout = () => {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const { data: session } = useSession();
  const logOut = useLogOut();

  // The session can end while a page is open (expiry, logout elsewhere): every 401 empties it and lands here.
  if (!session) return <Navigate to={logOut.isIdle ? loginPath(pathname, search) : '/aanmelden'} replace />;
  // A call answered SECOND_FACTOR_REQUIRED and the session, asked again, is not complete: finish the login first.
  if (session.stage !== 'complete') return <Navigate to={stagePath(session.stage, pathname + search)} replace />;

  const role = t(`roles.${session.role}`);
  const visibleItems = navItems.filter((item) => !item.action || can(session.role, item.action));

  return (
    <PageShell
      siteName={session.organiser.name}
      nav={
        <nav aria-label={t('layout.mainNav')} className="site-nav">
          <ul>
            {visibleItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'} className="site-nav__link">
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      }
      account={
        <div className="account">
          <p className="account__who">{t('layout.loggedInAs', { name: session.account.displayName, role })}</p>
          <Link to="/mijn-account" className="account__link">
            {t('nav.myAccount')}
          </Link>
          <Button variant="secondary" onPress={() => logOut.isPending || logOut.mutate()}>
            {logOut.isPending ? t('layout.loggingOut') : t('layout.logOut')}
          </Button>
        </div>
      }
    >
      <Outlet context={session} />
    </PageShell>
  );
};

/** Hides a whole branch from roles that may not use it; the server refuses them anyway. */
export const RequireAction = ({ action }: { action: UiAction }) => {
  const { t } = useTranslation();
  const session = useStaffSession();
  if (!can(session.role, action)) return <ForbiddenContent role={t(`roles.${session.role}`)} />;
  return <Outlet context={session} />;
};
