import type { TFunction } from 'i18next';
import { Temporal } from 'temporal-polyfill';
import type { OpeningStatus } from '../../../../domain/offices/opening-status';
import { formatCivilDate } from '../../../lib/format';
import { weekdayKey } from './opening-hours';

// Within a week a weekday name is unambiguous ("opent maandag"); further ahead only a date is.
const daysNamedByWeekday = 6;

/** The one-line status people read first: "Nu open — sluit om 12:00", "Gesloten (Kerstmis) — opent …". */
export const statusText = (status: OpeningStatus, t: TFunction, locale: string): string => {
  if (status.state === 'open') {
    return status.closesAt === '24:00' ? t('offices.status.openUntilMidnight') : t('offices.status.open', { time: status.closesAt });
  }
  const prefix = status.closure ? t('offices.status.closedFor', { reason: status.closure.reason }) : t('offices.status.closedNow');
  const next = status.nextOpening;
  if (!next) return prefix;
  const time = next.time;
  if (next.daysAhead === 0) return t('offices.status.opensToday', { prefix, time });
  if (next.daysAhead === 1) return t('offices.status.opensTomorrow', { prefix, time });
  if (next.daysAhead <= daysNamedByWeekday) {
    const weekday = t(weekdayKey(Temporal.PlainDate.from(next.date).dayOfWeek));
    return t('offices.status.opensOnWeekday', { prefix, time, weekday });
  }
  const date = formatCivilDate(next.date, locale, { weekday: 'long', day: 'numeric', month: 'long' });
  return t('offices.status.opensOnDate', { prefix, time, date });
};
