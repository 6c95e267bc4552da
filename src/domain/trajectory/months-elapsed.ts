import { startOfPeriodMonth } from '../time/civil-date-arithmetic';
import { calendarMonthKey, type CivilDate } from '../time/civil-date';

/**
 * Whole months of a period started on `start` that have passed on `date` (0 during the first month), using the
 * month-period convention of decision 103. Negative dates before the start are not meaningful and return -1.
 */
export function monthsElapsed(start: CivilDate, date: CivilDate): number {
  if (date < start) return -1;
  // The calendar-month difference is exact or one or two too high (when the start day is clamped at a month end).
  let months = calendarMonthKey(date) - calendarMonthKey(start);
  while (months > 0 && startOfPeriodMonth(start, months) > date) months -= 1;
  return months;
}
