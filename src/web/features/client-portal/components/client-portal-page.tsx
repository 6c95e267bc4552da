import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { RuleReasons } from '../../../components/rule-reasons';
import { formatCivilDate } from '../../../lib/format';
import { useOwnJobRequests, usePlannedVisits, usePortalChequePrice } from '../api/client-portal';

const euro = (cents: number, locale: string): string => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** The client portal: the price today, whether work may be planned (R17), Mijn aanvragen and Geplande bezoeken. */
export const ClientPortalPage = () => {
  const { t, i18n } = useTranslation();
  const requests = useOwnJobRequests();
  const visits = usePlannedVisits();
  const price = usePortalChequePrice();
  return (
    <>
      <PageHeading title={t('clientPortal.title')}>{t('clientPortal.title')}</PageHeading>
      <p>{t('clientPortal.intro')}</p>
      <p>
        <Link to="/mijn-klusjes/nieuw" className="button button--primary">
          <span aria-hidden="true">＋ </span>
          {t('clientPortal.ask')}
        </Link>
      </p>
      <section aria-labelledby="portal-price-title" className="panel">
        <h2 id="portal-price-title">{t('clientPortal.price.title')}</h2>
        {price.data ? (
          price.data.priceCents === null ? (
            <p>{t('clientPortal.price.none')}</p>
          ) : (
            <>
              <p>{t('clientPortal.price.today', { price: euro(price.data.priceCents, i18n.language), date: formatCivilDate(price.data.date, i18n.language) })}</p>
              {price.data.privatePerson ? <p>{t('clientPortal.price.taxNote')}</p> : null}
            </>
          )
        ) : price.isError ? (
          <ErrorAlert>{t('clientPortal.loadFailed')}</ErrorAlert>
        ) : (
          <Loading>{t('app.loading')}</Loading>
        )}
      </section>
      {requests.data?.standing && !requests.data.standing.allowed ? (
        <section aria-labelledby="portal-standing-title" className="card card--note">
          <h2 id="portal-standing-title">{t('clientPortal.standing.title')}</h2>
          <p>{t('clientPortal.standing.text', { year: requests.data.standing.year })}</p>
          <RuleReasons reasons={requests.data.standing.reasons} label={t('clientPortal.standing.title')} tone="warning" />
        </section>
      ) : null}
      <section aria-labelledby="portal-requests-title">
        <h2 id="portal-requests-title">{t('clientPortal.requests.title')}</h2>
        {requests.isError ? <ErrorAlert>{t('clientPortal.loadFailed')}</ErrorAlert> : null}
        {requests.data && requests.data.items.length === 0 ? <p>{t('clientPortal.requests.none')}</p> : null}
        <ul className="cards">
          {requests.data?.items.map((item) => (
            <li key={item.id} className="card card--link">
              <Link to={`/mijn-klusjes/${item.id}`} className="card__title">
                {item.activity.label}
              </Link>
              <p>
                <strong>{t(`clientPortal.status.${item.status}`)}</strong> · {item.placeCity} · {formatCivilDate(item.startDate, i18n.language)}
              </p>
              {item.status === 'cancelled' && item.statusReason ? <p>{t('clientPortal.requests.reason', { reason: item.statusReason })}</p> : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="portal-visits-title">
        <h2 id="portal-visits-title">{t('clientPortal.visits.title')}</h2>
        {visits.isError ? <ErrorAlert>{t('clientPortal.loadFailed')}</ErrorAlert> : null}
        {visits.data && visits.data.visits.length === 0 ? <p>{t('clientPortal.visits.none')}</p> : null}
        <ul className="cards">
          {visits.data?.visits.map((visit) => (
            <li key={visit.assignmentId} className="card">
              <h3>{visit.activity.label}</h3>
              <p>{t('clientPortal.visits.who', { name: visit.workerFirstName, street: visit.place.street, city: visit.place.city })}</p>
              <ul>
                {visit.sessions.map((session) => (
                  <li key={`${session.date}-${session.startTime}`}>
                    {t('clientPortal.visits.when', { date: formatCivilDate(session.date, i18n.language), from: session.startTime, until: session.endTime })}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
};
