import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { PageShell } from '../../../components/page-shell';

const organiserNameOf = (state: unknown): string | null =>
  typeof state === 'object' && state !== null && 'organiserName' in state && typeof state.organiserName === 'string' ? state.organiserName : null;

/** The thank-you page: what happens next, in plain words. */
export const ApplicationReceivedPage = () => {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const organiserName = organiserNameOf(useLocation().state) ?? t('clientside.apply.siteName');
  return (
    <PageShell siteName={organiserName}>
      <PageHeading title={t('clientside.received.title')}>{t('clientside.received.title')}</PageHeading>
      <p>{t('clientside.received.text', { organiser: organiserName })}</p>
      <p>{t('clientside.received.next')}</p>
      <p>
        <Link to={`/kantoren/${encodeURIComponent(slug)}`}>{t('clientside.received.offices')}</Link>
      </p>
    </PageShell>
  );
};
