import { parameterOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import type { RuleReason } from '../rules/rule-reason';
import type { CivilDate } from '../time/civil-date';
import { trajectoryProgressOn, type TrajectoryProgress } from '../trajectory/trajectory-progress';
import type { TrajectoryWindow } from '../trajectory/trajectory-window';
import { minutesInMonthOf, minutesInYearOf, type HoursLedger } from './hours-ledger';

/** Use of one cap (month or year). */
export type CapCounter = {
  readonly usedMinutes: number;
  readonly capMinutes: number;
  readonly remainingMinutes: number;
  /** Whole percent used, rounded down. */
  readonly percentUsed: number;
  /** True from the warning threshold (80 %). */
  readonly nearCap: boolean;
};

export type CounterWarningCode = 'HOURS_MONTH_NEAR_CAP' | 'HOURS_YEAR_NEAR_CAP' | 'OUTSIDE_TRAJECTORY';

/** The live counters shown to participants and coordinators for a date. */
export type HoursCounters = {
  readonly date: CivilDate;
  readonly month: CapCounter;
  readonly year: CapCounter;
  /** Minutes that may still be worked on this date: the smaller remainder, 0 outside the trajectory. */
  readonly remainingMinutes: number;
  readonly trajectory: TrajectoryProgress | null;
  readonly warnings: readonly RuleReason<CounterWarningCode>[];
};

function capCounter(usedMinutes: number, capMinutes: number, warningPercent: number): CapCounter {
  return {
    usedMinutes,
    capMinutes,
    remainingMinutes: Math.max(capMinutes - usedMinutes, 0),
    percentUsed: Math.floor((usedMinutes * 100) / capMinutes),
    nearCap: usedMinutes * 100 >= capMinutes * warningPercent,
  };
}

/**
 * Counters for `date` (R4, R5): minutes this calendar month and year against the caps, the remainder, trajectory
 * month n of 12 and next evaluation, and warnings from 80 %. Constant time given a ledger.
 */
export function hoursCountersOn(
  ledger: HoursLedger,
  date: CivilDate,
  window: TrajectoryWindow,
  table: SchemeParameterTable = SCHEME_PARAMETERS,
): HoursCounters {
  const warningPercent = parameterOn('limitWarningPercent', date, table);
  const month = capCounter(minutesInMonthOf(ledger, date), parameterOn('monthlyCapMinutes', date, table), warningPercent);
  const year = capCounter(minutesInYearOf(ledger, date), parameterOn('yearlyCapMinutes', date, table), warningPercent);
  const trajectory = trajectoryProgressOn(window, date, table);

  const warnings: RuleReason<CounterWarningCode>[] = [];
  if (month.nearCap) warnings.push({ code: 'HOURS_MONTH_NEAR_CAP', rule: 'R4', details: { percentUsed: month.percentUsed } });
  if (year.nearCap) warnings.push({ code: 'HOURS_YEAR_NEAR_CAP', rule: 'R4', details: { percentUsed: year.percentUsed } });
  if (trajectory === null) {
    warnings.push({ code: 'OUTSIDE_TRAJECTORY', rule: date < window.startDate ? 'R5' : window.endReason.rule, details: { startDate: window.startDate, endDate: window.endDate } });
  }

  return {
    date,
    month,
    year,
    remainingMinutes: trajectory === null ? 0 : Math.min(month.remainingMinutes, year.remainingMinutes),
    trajectory,
    warnings,
  };
}
