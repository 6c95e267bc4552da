import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionResponse } from '../../../../contracts/sessions';
import { PageHeading } from '../../../components/page-heading';
import { can } from '../../../lib/authorization';

type EntryPoint = { to: string; title: string; text: string };

export const DashboardPage = ({ session }: { session: SessionResponse }) => {
  const { t } = useTranslation();
  const role = t(`roles.${session.role}`);
  const ownEntryPoints: EntryPoint[] = [
    ...(can(session.role, 'cockpit.view') ? [{ to: '/mijn-overzicht', title: t('dashboard.cockpit.title'), text: t('dashboard.cockpit.text') }] : []),
    ...(can(session.role, 'cockpit.view') ? [{ to: '/doorverwijzen', title: t('dashboard.refer.title'), text: t('dashboard.refer.text') }] : []),
    ...(can(session.role, 'referrals.queue') ? [{ to: '/doorverwijzingen', title: t('dashboard.referrals.title'), text: t('dashboard.referrals.text') }] : []),
    // A wijk-werker's login sees one record, their own (decision 043): the same list, named for them.
    ...(session.role === 'participant'
      ? [{ to: '/wijk-werkers', title: t('dashboard.ownRecord.title'), text: t('dashboard.ownRecord.text') }]
      : can(session.role, 'participants.read')
        ? [{ to: '/wijk-werkers', title: t('dashboard.participants.title'), text: t('dashboard.participants.text') }]
        : []),
    ...(can(session.role, 'offices.update') ? [{ to: '/beheer/kantoren', title: t('dashboard.offices.title'), text: t('dashboard.offices.text') }] : []),
    ...(can(session.role, 'coachMunicipalities.update')
      ? [{ to: '/beheer/werkcoach-gemeenten', title: t('dashboard.coachMunicipalities.title'), text: t('dashboard.coachMunicipalities.text') }]
      : []),
    ...(can(session.role, 'accounts.read') ? [{ to: '/beheer/accounts', title: t('dashboard.accounts.title'), text: t('dashboard.accounts.text') }] : []),
    ...(can(session.role, 'clientPortal.jobRequests.read')
      ? [{ to: '/mijn-klusjes', title: t('dashboard.clientPortal.title'), text: t('dashboard.clientPortal.text') }]
      : []),
  ];
  // Settings to consult are no work of one's own: a finance officer with only these still hears the screens are coming.
  const settingsEntryPoints: EntryPoint[] = [
    ...(can(session.role, 'organiser.read') ? [{ to: '/beheer/organisatie', title: t('dashboard.organiser.title'), text: t('dashboard.organiser.text') }] : []),
    { to: '/mijn-account', title: t('dashboard.myAccount.title'), text: t('dashboard.myAccount.text') },
  ];
  const entryPoints: EntryPoint[] = [
    ...ownEntryPoints,
    ...settingsEntryPoints,
    {
      to: `/kantoren/${encodeURIComponent(session.organiser.slug)}`,
      title: t('dashboard.publicOffices.title'),
      text: t('dashboard.publicOffices.text'),
    },
  ];
  // Roles whose screens are not built yet are told so; that is kinder than a menu that leads nowhere.
  const hasOwnFeatures = ownEntryPoints.length > 0;

  return (
    <>
      <PageHeading title={t('nav.home')}>{t('dashboard.greeting', { name: session.account.displayName })}</PageHeading>
      <p>{t('dashboard.role', { role, organiser: session.organiser.name })}</p>
      <h2>{t('dashboard.entryPoints')}</h2>
      <ul className="cards">
        {entryPoints.map((entry) => (
          <li key={entry.to} className="card card--link">
            <Link to={entry.to} className="card__title">
              {entry.title}
            </Link>
            <p>{entry.text}</p>
          </li>
        ))}
      </ul>
      {hasOwnFeatures ? null : (
        <section className="card card--note" aria-labelledby="coming-soon-title">
          <h2 id="coming-soon-title">{t('dashboard.comingSoon.title')}</h2>
          <p>{t('dashboard.comingSoon.text', { role })}</p>
        </section>
      )}
    </>
  );
};
