import { parameterOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import { SCHEME_START_DATE } from '../parameters/scheme-start';
import { addDays, startOfPeriodMonth } from '../time/civil-date-arithmetic';
import { calendarMonthKey, laterOf, type CivilDate } from '../time/civil-date';

/** The PWA transitional right (R6) on a date: still active, or lapsed since a date. */
export type PwaRightStatus =
  | { readonly status: 'active'; readonly lastWorkedOn: CivilDate | null; readonly lapsesOnWithoutWork: CivilDate }
  | { readonly status: 'lapsed'; readonly lapsedOn: CivilDate };

function lapseDateAfter(lastActiveDay: CivilDate, table: SchemeParameterTable): CivilDate {
  const inactiveMonths = parameterOn('pwaRightLapseAfterInactiveMonths', laterOf(lastActiveDay, SCHEME_START_DATE), table);
  // 12 months without wijk-werk are the 12 month-periods starting the day after the last worked day.
  return startOfPeriodMonth(addDays(lastActiveDay, 1), inactiveMonths);
}

/**
 * The first day on which the PWA right is lost, given every wijk-werk day known (any order, duplicates allowed):
 * the first day after 12 months without any wijk-werk, counted from the scheme start (2018-01-01) or from the last
 * worked day (decision 106). When no such gap exists yet, the day it will lapse if no more work is done.
 */
export function pwaRightLapseDate(workedDates: readonly CivilDate[], table: SchemeParameterTable = SCHEME_PARAMETERS): CivilDate {
  const sorted = [...workedDates].sort();
  let lastActiveDay = addDays(SCHEME_START_DATE, -1);
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
 * 12-month limit while active; it lapses after 12 months without any wijk-werk. Work on or after `date` is ignored.
 */
export function pwaTransitionalRightOn(
  workedDates: readonly CivilDate[],
  date: CivilDate,
  table: SchemeParameterTable = SCHEME_PARAMETERS,
): PwaRightStatus {
  const workedBefore = workedDates.filter((worked) => worked < date);
  const lapsesOn = pwaRightLapseDate(workedBefore, table);
  if (date >= lapsesOn) return { status: 'lapsed', lapsedOn: lapsesOn };
  const lastWorkedOn = workedBefore.reduce<CivilDate | null>((latest, worked) => (latest === null || worked > latest ? worked : latest), null);
  return { status: 'active', lastWorkedOn, lapsesOnWithoutWork: lapsesOn };
}
