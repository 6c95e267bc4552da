import { DomainInputError } from '../errors/domain-input-error';
import { civilDateFromParts, dayOf, daysInMonth, monthOf, yearOf, type CivilDate } from './civil-date';

// Plain integer arithmetic on the proleptic Gregorian calendar, without time zones, so results cannot depend on the
// machine's TZ. It sits on hot paths (every trajectory shown in a list), where building Temporal objects cost a
// fifth of a request; the property tests check it against Temporal.PlainDate.

/** Days since 1970-01-01 (negative before), after H. Hinnant's days_from_civil. */
const dayNumberOf = (date: CivilDate): number => {
  const month = monthOf(date);
  const year = yearOf(date) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + dayOf(date) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
};

/** The date of a day number (civil_from_days); throws like parseCivilDate outside the years 1000–9999. */
const dateOfDayNumber = (dayNumber: number): CivilDate => {
  const shifted = dayNumber + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return civilDateFromParts(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
};

/** Year and month (1–12) `months` calendar months after the date's month. */
const monthAfter = (date: CivilDate, months: number): { year: number; month: number } => {
  const index = yearOf(date) * 12 + monthOf(date) - 1 + months;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
};

/** The date `days` calendar days later (negative: earlier). */
export function addDays(date: CivilDate, days: number): CivilDate {
  return dateOfDayNumber(dayNumberOf(date) + days);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/** The same day number `months` later, clamped to the month's last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonthsClamped(date: CivilDate, months: number): CivilDate {
  const { year, month } = monthAfter(date, months);
  return civilDateFromParts(year, month, Math.min(dayOf(date), daysInMonth(year, month)));
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
  const { year, month } = monthAfter(start, months);
  const lastDay = daysInMonth(year, month);
  if (dayOf(start) > lastDay) return civilDateFromParts(year, month, lastDay);
  return addDays(civilDateFromParts(year, month, dayOf(start)), -1);
}

/** First day of the (n+1)-th month of a period that starts on `start` (n = 0 gives `start`). */
export function startOfPeriodMonth(start: CivilDate, monthsElapsed: number): CivilDate {
  if (monthsElapsed === 0) return start;
  return addDays(lastDayOfMonthsPeriod(start, monthsElapsed), 1);
}

/** ISO day of week: 1 = Monday … 7 = Sunday. */
export function isoDayOfWeek(date: CivilDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumberOf(date) + 3) % 7) + 7) % 7) + 1;
}
