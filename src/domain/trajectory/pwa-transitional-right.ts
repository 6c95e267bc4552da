import { parameterOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import { SCHEME_START_DATE } from '../parameters/scheme-start';
import { addDays, startOfPeriodMonth } from '../time/civil-date-arithmetic';
import { calendarMonthKey, earlierOf, laterOf, type CivilDate } from '../time/civil-date';

/** The PWA transitional right (R6) on a date: still active, or lapsed since a date. */
export type PwaRightStatus =
  | { readonly status: 'active'; readonly lastWorkedOn: CivilDate | null; readonly lapsesOnWithoutWork: CivilDate }
  | { readonly status: 'lapsed'; readonly lapsedOn: CivilDate };

/**
 * What is known of an ex-PWA worker's wijk-werk (R6). Until this platform keeps every worked day, the organiser
 * records the last work day known from before (the participant's `pwaLastWorkedOn`); days worked afterwards come
 * from time entries.
 */
export type PwaWorkHistory = {
  /**
   * The last work day known from before this platform's records, or null when none is recorded. The person is taken
   * to have worked without a 12-month gap up to it: its only meaning is "the right held until at least this day".
   */
  readonly lastWorkedBeforeRecords: CivilDate | null;
  /** Wijk-werk days recorded in this platform (any order, duplicates allowed). */
  readonly workedDates: readonly CivilDate[];
};

function lapseDateAfter(lastActiveDay: CivilDate, table: SchemeParameterTable): CivilDate {
  const inactiveMonths = parameterOn('pwaRightLapseAfterInactiveMonths', laterOf(lastActiveDay, SCHEME_START_DATE), table);
  // 12 months without wijk-werk are the 12 month-periods starting the day after the last worked day.
  return startOfPeriodMonth(addDays(lastActiveDay, 1), inactiveMonths);
}

/**
 * The first day on which the PWA right is lost: the first day after 12 months without any wijk-werk, counted from
 * the scheme start (2018-01-01), the recorded last work day, or the last worked day (decision 106). Gaps are only
 * looked for after the recorded last work day. When no such gap exists yet, the day it will lapse without more work.
 */
export function pwaRightLapseDate(history: PwaWorkHistory, table: SchemeParameterTable = SCHEME_PARAMETERS): CivilDate {
  const sorted = [...history.workedDates].sort();
  const beforeScheme = addDays(SCHEME_START_DATE, -1);
  let lastActiveDay = history.lastWorkedBeforeRecords === null ? beforeScheme : laterOf(history.lastWorkedBeforeRecords, beforeScheme);
  let lapseMonthKey = calendarMonthKey(lastActiveDay) + 12;
  for (const worked of sorted) {
    // Only a gap of a year or more of calendar months can reach the lapse date; skip the exact date maths otherwise.
    if (calendarMonthKey(worked) >= lapseMonthKey) {
      const lapsesOn = lapseDateAfter(lastActiveDay, table);
      if (worked >= lapsesOn) return lapsesOn;
    }
    if (worked > lastActiveDay) {
      lastActiveDay = worked;
      lapseMonthKey = calendarMonthKey(worked) + 12;
    }
  }
  return lapseDateAfter(lastActiveDay, table);
}

/**
 * Status on `date` of the PWA transitional right of someone bound by a PWA contract on 2017-09-30 (R6): no
 * 12-month limit while active; it lapses after 12 months without any wijk-werk. Work on or after `date` is ignored,
 * except that a recorded last work day on or after `date` still says the right held up to it.
 */
export function pwaTransitionalRightOn(history: PwaWorkHistory, date: CivilDate, table: SchemeParameterTable = SCHEME_PARAMETERS): PwaRightStatus {
  const workedBefore = history.workedDates.filter((worked) => worked < date);
  const recorded = history.lastWorkedBeforeRecords;
  const lapsesOn = pwaRightLapseDate({ lastWorkedBeforeRecords: recorded === null ? null : earlierOf(recorded, addDays(date, -1)), workedDates: workedBefore }, table);
  if (date >= lapsesOn) return { status: 'lapsed', lapsedOn: lapsesOn };
  const knownBefore = recorded !== null && recorded < date ? [...workedBefore, recorded] : workedBefore;
  const lastWorkedOn = knownBefore.reduce<CivilDate | null>((latest, worked) => (latest === null || worked > latest ? worked : latest), null);
  return { status: 'active', lastWorkedOn, lapsesOnWithoutWork: lapsesOn };
}
