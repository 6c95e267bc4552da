import { addDays, daysBetween, isoDayOfWeek } from '../time/civil-date-arithmetic';
import { civilDateFromParts, yearOf, type CivilDate } from '../time/civil-date';

/** The Monday of ISO week 1 of `year`: the week that holds 4 January. */
function mondayOfWeekOne(year: number): CivilDate {
  const fourth = civilDateFromParts(year, 1, 4);
  return addDays(fourth, 1 - isoDayOfWeek(fourth));
}

/** A year has 53 ISO weeks when the Monday of week 53 is still before the next year's week 1. */
function weeksInIsoYear(year: number): number {
  return addDays(mondayOfWeekOne(year), 52 * 7) < mondayOfWeekOne(year + 1) ? 53 : 52;
}

/**
 * Monday to Sunday of an ISO week written `2026-W49` (the planner's week), or null for a week the year does not
 * have (W53 in a 52-week year) or text of another shape.
 */
export function isoWeekRange(week: string): { readonly from: CivilDate; readonly to: CivilDate } | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (match === null) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (year < 1000 || number < 1 || number > weeksInIsoYear(year)) return null;
  const from = addDays(mondayOfWeekOne(year), (number - 1) * 7);
  return { from, to: addDays(from, 6) };
}

/** The ISO week (`2026-W49`) a date falls in; early January may belong to the previous year's last week. */
export function isoWeekOf(date: CivilDate): string {
  const thursday = addDays(date, 4 - isoDayOfWeek(date));
  const year = yearOf(thursday);
  const number = Math.floor(daysBetween(mondayOfWeekOne(year), thursday) / 7) + 1;
  return `${year}-W${String(number).padStart(2, '0')}`;
}
