import { useTranslation } from 'react-i18next';
import type { PublicOffices } from '../../../../contracts/offices';
import { openingStatusAt } from '../../../../domain/offices/opening-status';
import { phoneHref } from '../../../lib/format';
import { closurePeriod } from '../utils/closure-period';
import { statusText } from '../utils/status-text';
import { WeeklyHoursTable } from './weekly-hours-table';

type PublicOffice = PublicOffices['items'][number];

type PublicOfficeCardProps = { office: PublicOffice; now: Date; today: { date: string; weekday: number } };

export const PublicOfficeCard = ({ office, now, today }: PublicOfficeCardProps) => {
  const { t, i18n } = useTranslation();
  // Recomputed from the hours on every tick, so the page stays right without reloading; the server's status is the same rule.
  const status = openingStatusAt(office.openingHours, office.closures, now);
  const titleId = `office-${office.id}`;
  const upcoming = office.closures.filter((closure) => closure.endsOn >= today.date).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return (
    <article aria-labelledby={titleId} className="office-card">
      <h2 id={titleId}>{office.name}</h2>
      <p data-testid="office-status" className={`office-status office-status--${status.state}`}>
        {statusText(status, t, i18n.language)}
      </p>
      <dl className="contact">
        <div>
          <dt>{t('offices.public.phone')}</dt>
          <dd>
            <a href={phoneHref(office.phone)}>{office.phone}</a>
          </dd>
        </div>
        <div>
          <dt>{t('offices.public.email')}</dt>
          <dd>
            <a href={`mailto:${office.email}`}>{office.email}</a>
          </dd>
        </div>
        <div>
          <dt>{t('offices.public.address')}</dt>
          <dd>
            <address>
              {office.address.street}
              <br />
              {office.address.postcode} {office.address.city}
            </address>
          </dd>
        </div>
      </dl>
      <WeeklyHoursTable slots={office.openingHours} today={today.weekday} />
      {upcoming.length > 0 ? (
        <>
          <h3>{t('offices.public.closures')}</h3>
          <ul className="closures">
            {upcoming.map((closure) => (
              <li key={`${closure.startsOn}-${closure.endsOn}-${closure.reason}`}>
                <strong>{closure.reason}</strong>: {closurePeriod(closure, t, i18n.language)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
};
