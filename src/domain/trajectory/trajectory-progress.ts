import { parameterOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import { lastDayOfMonthsPeriod } from '../time/civil-date-arithmetic';
import type { CivilDate } from '../time/civil-date';
import { monthsElapsed } from './months-elapsed';
import type { TrajectoryWindow } from './trajectory-window';

/** Where a participant stands in their trajectory on a date, for the live counters. */
export type TrajectoryProgress = {
  readonly regime: 'normal' | 'pwa_transitional';
  /** 1 in the first month; counted from the month clock start (R5), or from the trajectory start under the PWA right. */
  readonly monthNumber: number;
  /** The maximum (12), or null while the PWA right has no end. */
  readonly ofMonths: number | null;
  readonly endDate: CivilDate;
  /** Next due evaluation on or after the date (R5: every 6 months), or null after the end. */
  readonly nextEvaluationDate: CivilDate | null;
};

/**
 * Progress on `date` (which must lie inside the window; returns null otherwise). Evaluations fall due on the last
 * day of every 6-month period: the first decides on the extension, the last coincides with the end.
 */
export function trajectoryProgressOn(window: TrajectoryWindow, date: CivilDate, table: SchemeParameterTable = SCHEME_PARAMETERS): TrajectoryProgress | null {
  if (date < window.startDate || date > window.endDate) return null;
  const underPwaRight = window.pwaRightActiveUntil !== null && date <= window.pwaRightActiveUntil;
  const clockStart = underPwaRight ? window.startDate : window.monthClockStartDate;
  const elapsed = monthsElapsed(clockStart, date);
  const interval = parameterOn('evaluationIntervalMonths', clockStart, table);
  const nextDue = lastDayOfMonthsPeriod(clockStart, (Math.floor(elapsed / interval) + 1) * interval);
  return {
    regime: underPwaRight ? 'pwa_transitional' : 'normal',
    monthNumber: elapsed + 1,
    ofMonths: underPwaRight ? null : parameterOn('trajectoryMaxMonths', clockStart, table),
    endDate: window.endDate,
    nextEvaluationDate: underPwaRight || nextDue <= window.endDate ? nextDue : window.endDate,
  };
}

/**
 * All evaluation due dates of a window, in order: every 6 months from the start while the PWA right lasts, then
 * every 6 months of the normal clock up to the end date (the end itself is the final evaluation).
 */
export function evaluationDueDates(window: TrajectoryWindow, table: SchemeParameterTable = SCHEME_PARAMETERS): readonly CivilDate[] {
  const dueDates: CivilDate[] = [];
  const collect = (clockStart: CivilDate, lastDay: CivilDate): void => {
    const interval = parameterOn('evaluationIntervalMonths', clockStart, table);
    for (let period = 1; ; period += 1) {
      const due = lastDayOfMonthsPeriod(clockStart, period * interval);
      if (due > lastDay) break;
      dueDates.push(due);
    }
  };
  if (window.pwaRightActiveUntil !== null) collect(window.startDate, window.pwaRightActiveUntil < window.endDate ? window.pwaRightActiveUntil : window.endDate);
  if (window.monthClockStartDate <= window.endDate) collect(window.monthClockStartDate, window.endDate);
  if (dueDates.at(-1) !== window.endDate) dueDates.push(window.endDate);
  return dueDates;
}
