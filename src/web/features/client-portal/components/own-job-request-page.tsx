import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { RuleReasons } from '../../../components/rule-reasons';
import { formatCivilDate } from '../../../lib/format';
import { useOwnJobRequest } from '../api/client-portal';

/** One of the client's own requests: what, where, when, where it stands and why when cancelled. */
export const OwnJobRequestPage = () => {
  const { t, i18n } = useTranslation();
  const { jobRequestId = '' } = useParams();
  const request = useOwnJobRequest(jobRequestId);
  if (request.isError) return <ErrorAlert>{t('clientPortal.loadFailed')}</ErrorAlert>;
  if (!request.data) return <Loading>{t('app.loading')}</Loading>;
  const item = request.data;
  return (
    <>
      <PageHeading title={item.activity.label}>{item.activity.label}</PageHeading>
      <dl className="facts">
        <dt>{t('clientPortal.detail.status')}</dt>
        <dd>{t(`clientPortal.status.${item.status}`)}</dd>
        {item.status === 'cancelled' && item.statusReason ? (
          <>
            <dt>{t('clientPortal.detail.reason')}</dt>
            <dd>{item.statusReason}</dd>
          </>
        ) : null}
        <dt>{t('clientPortal.detail.description')}</dt>
        <dd>{item.description}</dd>
        <dt>{t('clientPortal.detail.place')}</dt>
        <dd>
          {item.place.street}, {item.place.postcode} {item.place.city}
        </dd>
        <dt>{t('clientPortal.detail.when')}</dt>
        <dd>
          {formatCivilDate(item.schedule.startDate, i18n.language)}
          {item.schedule.slots.map((slot) => ` · ${slot.startTime}–${slot.endTime}`).join('')}
          {item.schedule.kind === 'weekly' ? ` · ${t('clientPortal.form.weekly')}` : ''}
        </dd>
      </dl>
      {item.planning.allowed ? null : <RuleReasons reasons={item.planning.reasons} label={t('clientPortal.standing.title')} tone="warning" />}
      <p>
        <Link to="/mijn-klusjes">
          <span aria-hidden="true">← </span>
          {t('clientPortal.back')}
        </Link>
      </p>
    </>
  );
};
