import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { StatusMessage } from '../components/messages';
import { PageHeading } from '../components/page-heading';
import { MyParticipants, RemindersSection } from '../features/participants/components/cockpit-sections';
import { MyReferrals } from '../features/referrals/components/my-referrals';

const referredName = (state: unknown): string | null => {
  if (typeof state !== 'object' || state === null) return null;
  const name = (state as Record<string, unknown>).referredName;
  return typeof name === 'string' ? name : null;
};

/**
 * The counsellor's cockpit composes three features (decision 203: features do not import each other, app/ does):
 * what is due, their referrals, and their participants with the trajectory counters.
 */
export const CounsellorCockpitPage = () => {
  const { t } = useTranslation();
  const location = useLocation();
  const justReferred = referredName(location.state);
  return (
    <>
      <PageHeading title={t('cockpit.title')}>{t('cockpit.title')}</PageHeading>
      <StatusMessage>{justReferred ? t('referrals.refer.created', { name: justReferred }) : null}</StatusMessage>
      <p>
        <Link to="/doorverwijzen" className="button button--secondary">
          {t('cockpit.refer')}
        </Link>
      </p>
      <div className="stack">
        <RemindersSection />
        <MyReferrals />
        <MyParticipants />
      </div>
    </>
  );
};
