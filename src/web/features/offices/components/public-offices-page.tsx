import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Temporal } from 'temporal-polyfill';
import { officeTimeZone } from '../../../../domain/offices/opening-status';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { PageShell } from '../../../components/page-shell';
import { ApiError, errorMessageKey } from '../../../lib/api-error';
import { usePublicOffices } from '../api/public-offices';
import { useNow } from '../hooks/use-now';
import { PublicOfficeCard } from './public-office-card';

export const PublicOfficesPage = () => {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const offices = usePublicOffices(slug);
  const now = useNow();
  // "Today" is the Brussels date, whatever the visitor's own time zone.
  const brusselsDate = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(officeTimeZone).toPlainDate();
  const today = { date: brusselsDate.toString(), weekday: brusselsDate.dayOfWeek };
  const isUnknownOrganiser = offices.error instanceof ApiError && offices.error.status === 404;

  return (
    <PageShell siteName={offices.data?.organiser.name ?? t('app.name')}>
      <PageHeading title={t('offices.public.title')}>{t('offices.public.title')}</PageHeading>
      {offices.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {isUnknownOrganiser ? <ErrorAlert>{t('offices.public.notFound')}</ErrorAlert> : null}
      {offices.isError && !isUnknownOrganiser ? <ErrorAlert>{t(errorMessageKey(offices.error))}</ErrorAlert> : null}
      {offices.data ? (
        <>
          <p>{t('offices.public.intro')}</p>
          {offices.data.items.length === 0 ? <p>{t('offices.public.empty')}</p> : null}
          <div className="office-grid">
            {offices.data.items.map((office) => (
              <PublicOfficeCard key={office.id} office={office} now={now} today={today} />
            ))}
          </div>
        </>
      ) : null}
    </PageShell>
  );
};
