import { Temporal } from 'temporal-polyfill';
import { DomainInputError } from '../errors/domain-input-error';
import { parseCivilDate, type CivilDate } from './civil-date';

// Temporal.PlainDate has no time zone at all, so results cannot depend on the machine's TZ.
const toPlainDate = (date: CivilDate): Temporal.PlainDate => Temporal.PlainDate.from(date);
const fromPlainDate = (date: Temporal.PlainDate): CivilDate => parseCivilDate(date.toString());

/** The date `days` calendar days later (negative: earlier). */
export function addDays(date: CivilDate, days: number): CivilDate {
  return fromPlainDate(toPlainDate(date).add({ days }));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toPlainDate(from).until(toPlainDate(to), { largestUnit: 'days' }).days;
}

/** The same day number `months` later, clamped to the month's last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonthsClamped(date: CivilDate, months: number): CivilDate {
  return fromPlainDate(toPlainDate(date).add({ months }, { overflow: 'constrain' }));
}

/**
 * Last day of a period of `months` months that starts on `start` (decision 103): the day before the same day
 * number `months` later; when that day number does not exist in the target month, the target month's last day.
 * 2024-01-01 + 12 → 2024-12-31; 2023-08-31 + 6 → 2024-02-29; 2024-02-29 + 12 → 2025-02-28.
 */
export function lastDayOfMonthsPeriod(start: CivilDate, months: number): CivilDate {
  if (!Number.isInteger(months) || months < 1) {
    throw new DomainInputError('INVALID_MONTH_COUNT', `A period needs at least one whole month, got ${months}`, { months });
  }
  const startDate = toPlainDate(start);
  const targetMonth = startDate.toPlainYearMonth().add({ months });
  if (startDate.day > targetMonth.daysInMonth) {
    return fromPlainDate(targetMonth.toPlainDate({ day: targetMonth.daysInMonth }));
  }
  return fromPlainDate(targetMonth.toPlainDate({ day: startDate.day }).subtract({ days: 1 }));
}

/** First day of the (n+1)-th month of a period that starts on `start` (n = 0 gives `start`). */
export function startOfPeriodMonth(start: CivilDate, monthsElapsed: number): CivilDate {
  if (monthsElapsed === 0) return start;
  return addDays(lastDayOfMonthsPeriod(start, monthsElapsed), 1);
}

/** ISO day of week: 1 = Monday … 7 = Sunday. */
export function isoDayOfWeek(date: CivilDate): number {
  return toPlainDate(date).dayOfWeek;
}
