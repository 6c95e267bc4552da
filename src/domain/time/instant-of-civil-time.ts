import { Temporal } from 'temporal-polyfill';
import type { CivilDate } from './civil-date';

export type CivilTime = { hour: number; minute: number };

/**
 * The instant (epoch milliseconds) of a Europe/Brussels wall-clock time on a civil date. On the spring-forward day a
 * time in the skipped hour moves an hour later; on the fall-back day a repeated time is its first (summer) occurrence:
 * Temporal's "compatible" rule, the one calendars use.
 */
export function instantOfCivilTime(date: CivilDate, time: CivilTime): number {
  return Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: 'Europe/Brussels', plainTime: Temporal.PlainTime.from({ hour: time.hour, minute: time.minute }) })
    .epochMilliseconds;
}
