import { parameterOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import type { RuleReason } from '../rules/rule-reason';
import type { CivilDate } from '../time/civil-date';
import { trajectoryProgressOn, type TrajectoryProgress } from '../trajectory/trajectory-progress';
import type { TrajectoryWindow } from '../trajectory/trajectory-window';
import { hoursInMonthOf, hoursInYearOf, type HoursLedger } from './hours-ledger';

/** Use of one cap (month or year), in counted hours: the started hours of each entry, i.e. what is paid (R4). */
export type CapCounter = {
  readonly usedHours: number;
  readonly capHours: number;
  readonly remainingHours: number;
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
  /** Started hours that may still be registered on this date: the smaller remainder, 0 outside the trajectory. */
  readonly remainingHours: number;
  readonly trajectory: TrajectoryProgress | null;
  readonly warnings: readonly RuleReason<CounterWarningCode>[];
};

function capCounter(usedHours: number, capHours: number, warningPercent: number): CapCounter {
  return {
    usedHours,
    capHours,
    remainingHours: Math.max(capHours - usedHours, 0),
    percentUsed: Math.floor((usedHours * 100) / capHours),
    nearCap: usedHours * 100 >= capHours * warningPercent,
  };
}

/**
 * Counters for `date` (R4, R5): counted hours this calendar month and year against the caps, the remainder, trajectory
 * month n of 12 and next evaluation, and warnings from 80 %. Constant time given a ledger.
 */
export function hoursCountersOn(ledger: HoursLedger, date: CivilDate, window: TrajectoryWindow, table: SchemeParameterTable = SCHEME_PARAMETERS): HoursCounters {
  const warningPercent = parameterOn('limitWarningPercent', date, table);
  const month = capCounter(hoursInMonthOf(ledger, date), parameterOn('monthlyCapHours', date, table), warningPercent);
  const year = capCounter(hoursInYearOf(ledger, date), parameterOn('yearlyCapHours', date, table), warningPercent);
  const trajectory = trajectoryProgressOn(window, date, table);

  const warnings: RuleReason<CounterWarningCode>[] = [];
  if (month.nearCap) warnings.push({ code: 'HOURS_MONTH_NEAR_CAP', rule: 'R4', details: { percentUsed: month.percentUsed } });
  if (year.nearCap) warnings.push({ code: 'HOURS_YEAR_NEAR_CAP', rule: 'R4', details: { percentUsed: year.percentUsed } });
  if (trajectory === null) {
    warnings.push({
      code: 'OUTSIDE_TRAJECTORY',
      rule: date < window.startDate ? 'R5' : window.endReason.rule,
      details: { startDate: window.startDate, endDate: window.endDate },
    });
  }

  return {
    date,
    month,
    year,
    remainingHours: trajectory === null ? 0 : Math.min(month.remainingHours, year.remainingHours),
    trajectory,
    warnings,
  };
}
