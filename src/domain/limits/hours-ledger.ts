import { calendarMonthKey, yearOf, type CivilDate } from '../time/civil-date';
import { assertWorkedMinutes, type TimeEntryMinutes } from './time-entry-minutes';

/**
 * A participant's minutes pre-aggregated per calendar month and year, so a limit check is two map lookups
 * however long the history. Treat it as immutable: use {@link ledgerWithEntry} to get an updated copy.
 */
export type HoursLedger = {
  readonly minutesByMonth: ReadonlyMap<number, number>;
  readonly minutesByYear: ReadonlyMap<number, number>;
};

function addTo(totals: Map<number, number>, key: number, minutes: number): void {
  totals.set(key, (totals.get(key) ?? 0) + minutes);
}

/** Aggregates existing (accepted) entries. Linear in the number of entries. */
export function buildHoursLedger(entries: Iterable<TimeEntryMinutes>): HoursLedger {
  const minutesByMonth = new Map<number, number>();
  const minutesByYear = new Map<number, number>();
  for (const entry of entries) {
    assertWorkedMinutes(entry.minutes);
    addTo(minutesByMonth, calendarMonthKey(entry.date), entry.minutes);
    addTo(minutesByYear, yearOf(entry.date), entry.minutes);
  }
  return { minutesByMonth, minutesByYear };
}

/** A copy of the ledger with one entry's minutes added (sign 1) or taken off (sign -1). */
function shiftedLedger(ledger: HoursLedger, entry: TimeEntryMinutes, sign: 1 | -1): HoursLedger {
  assertWorkedMinutes(entry.minutes);
  const minutesByMonth = new Map(ledger.minutesByMonth);
  const minutesByYear = new Map(ledger.minutesByYear);
  addTo(minutesByMonth, calendarMonthKey(entry.date), sign * entry.minutes);
  addTo(minutesByYear, yearOf(entry.date), sign * entry.minutes);
  return { minutesByMonth, minutesByYear };
}

/** A copy of the ledger with one more entry (incremental update after an accepted registration). */
export function ledgerWithEntry(ledger: HoursLedger, entry: TimeEntryMinutes): HoursLedger {
  return shiftedLedger(ledger, entry, 1);
}

/** A copy of the ledger without an entry it contains (after a deletion or a contested entry). */
export function ledgerWithoutEntry(ledger: HoursLedger, entry: TimeEntryMinutes): HoursLedger {
  return shiftedLedger(ledger, entry, -1);
}

/** Minutes already registered in the calendar month of `date`. */
export function minutesInMonthOf(ledger: HoursLedger, date: CivilDate): number {
  return ledger.minutesByMonth.get(calendarMonthKey(date)) ?? 0;
}

/** Minutes already registered in the calendar year of `date`. */
export function minutesInYearOf(ledger: HoursLedger, date: CivilDate): number {
  return ledger.minutesByYear.get(yearOf(date)) ?? 0;
}
