import { belgianPublicHolidays } from './belgian-public-holidays';
import { addDays, isoDayOfWeek } from './civil-date-arithmetic';
import { yearOf, type CivilDate } from './civil-date';

/** True on Monday–Friday unless the date is a Belgian legal public holiday. */
export function isWorkingDay(date: CivilDate): boolean {
  if (isoDayOfWeek(date) >= 6) return false;
  return !belgianPublicHolidays(yearOf(date)).includes(date);
}

/**
 * The date that is `workingDays` working days after `from` (the day itself is not counted).
 * Example: Friday 2024-12-20 + 5 working days = Monday 2024-12-30 (Christmas Day is skipped).
 */
export function addWorkingDays(from: CivilDate, workingDays: number): CivilDate {
  let date = from;
  let remaining = workingDays;
  while (remaining > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) remaining -= 1;
  }
  return date;
}
