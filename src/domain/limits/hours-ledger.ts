import { calendarMonthKey, yearOf, type CivilDate } from '../time/civil-date';
import { countedHoursOf } from './counted-hours';
import type { TimeEntryMinutes } from './time-entry-minutes';

/**
 * A participant's counted (started) hours pre-aggregated per calendar month and year (R4, decision 114), so a limit
 * check is two map lookups however long the history. Treat it as immutable: use {@link ledgerWithEntry} to get an
 * updated copy.
 */
export type HoursLedger = {
  readonly hoursByMonth: ReadonlyMap<number, number>;
  readonly hoursByYear: ReadonlyMap<number, number>;
};

function addTo(totals: Map<number, number>, key: number, hours: number): void {
  totals.set(key, (totals.get(key) ?? 0) + hours);
}

/** Aggregates existing (accepted) entries. Linear in the number of entries. */
export function buildHoursLedger(entries: Iterable<TimeEntryMinutes>): HoursLedger {
  const hoursByMonth = new Map<number, number>();
  const hoursByYear = new Map<number, number>();
  for (const entry of entries) {
    const hours = countedHoursOf(entry.minutes);
    addTo(hoursByMonth, calendarMonthKey(entry.date), hours);
    addTo(hoursByYear, yearOf(entry.date), hours);
  }
  return { hoursByMonth, hoursByYear };
}

/** A copy of the ledger with one entry's hours added (sign 1) or taken off (sign -1). */
function shiftedLedger(ledger: HoursLedger, entry: TimeEntryMinutes, sign: 1 | -1): HoursLedger {
  const hours = countedHoursOf(entry.minutes);
  const hoursByMonth = new Map(ledger.hoursByMonth);
  const hoursByYear = new Map(ledger.hoursByYear);
  addTo(hoursByMonth, calendarMonthKey(entry.date), sign * hours);
  addTo(hoursByYear, yearOf(entry.date), sign * hours);
  return { hoursByMonth, hoursByYear };
}

/** A copy of the ledger with one more entry (incremental update after an accepted registration). */
export function ledgerWithEntry(ledger: HoursLedger, entry: TimeEntryMinutes): HoursLedger {
  return shiftedLedger(ledger, entry, 1);
}

/** Counted hours already registered in the calendar month of `date`. */
export function hoursInMonthOf(ledger: HoursLedger, date: CivilDate): number {
  return ledger.hoursByMonth.get(calendarMonthKey(date)) ?? 0;
}

/** Counted hours already registered in the calendar year of `date`. */
export function hoursInYearOf(ledger: HoursLedger, date: CivilDate): number {
  return ledger.hoursByYear.get(yearOf(date)) ?? 0;
}
