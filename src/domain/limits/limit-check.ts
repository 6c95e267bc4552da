import { parameterOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import type { RuleReason } from '../rules/rule-reason';
import { calendarMonthKey, yearOf, type CivilDate } from '../time/civil-date';
import type { TrajectoryWindow } from '../trajectory/trajectory-window';
import { countedHoursOf } from './counted-hours';
import { hoursInMonthOf, hoursInYearOf, type HoursLedger } from './hours-ledger';
import type { TimeEntryMinutes } from './time-entry-minutes';

export type LimitReasonCode = 'HOURS_MONTH_CAP_EXCEEDED' | 'HOURS_YEAR_CAP_EXCEEDED' | 'OUTSIDE_TRAJECTORY';

/** Accept or refuse, with every reason. */
export type LimitDecision = {
  readonly accepted: boolean;
  readonly reasons: readonly RuleReason<LimitReasonCode>[];
};

/** An entry to plan or register; `replaces` is the stored entry it edits, whose hours no longer count. */
export type ProposedEntry = TimeEntryMinutes & { readonly replaces?: TimeEntryMinutes | null };

function trajectoryReasons(window: TrajectoryWindow, date: CivilDate): RuleReason<LimitReasonCode>[] {
  if (date < window.startDate) {
    return [{ code: 'OUTSIDE_TRAJECTORY', rule: 'R5', details: { date, startDate: window.startDate, endDate: window.endDate, endCode: 'BEFORE_START' } }];
  }
  if (date > window.endDate) {
    return [
      {
        code: 'OUTSIDE_TRAJECTORY',
        rule: window.endReason.rule,
        details: { date, startDate: window.startDate, endDate: window.endDate, endCode: window.endReason.code },
      },
    ];
  }
  return [];
}

function replacedHoursIn(replaces: TimeEntryMinutes | null | undefined, sameBucket: (date: CivilDate) => boolean): number {
  return replaces !== null && replaces !== undefined && sameBucket(replaces.date) ? countedHoursOf(replaces.minutes) : 0;
}

function decide(window: TrajectoryWindow, entry: ProposedEntry, usedInMonth: number, usedInYear: number, table: SchemeParameterTable): LimitDecision {
  const proposedHours = countedHoursOf(entry.minutes);
  const reasons = trajectoryReasons(window, entry.date);
  const monthlyCap = parameterOn('monthlyCapHours', entry.date, table);
  const yearlyCap = parameterOn('yearlyCapHours', entry.date, table);
  const proposed = { proposedMinutes: entry.minutes, proposedHours };
  if (usedInMonth + proposedHours > monthlyCap) {
    reasons.push({
      code: 'HOURS_MONTH_CAP_EXCEEDED',
      rule: 'R4',
      details: { month: entry.date.slice(0, 7), capHours: monthlyCap, usedHours: usedInMonth, ...proposed, remainingHours: Math.max(monthlyCap - usedInMonth, 0) },
    });
  }
  if (usedInYear + proposedHours > yearlyCap) {
    reasons.push({
      code: 'HOURS_YEAR_CAP_EXCEEDED',
      rule: 'R4',
      details: { year: yearOf(entry.date), capHours: yearlyCap, usedHours: usedInYear, ...proposed, remainingHours: Math.max(yearlyCap - usedInYear, 0) },
    });
  }
  return { accepted: reasons.length === 0, reasons };
}

/**
 * R4 (60 h per calendar month, 630 h per calendar year, counted in started hours per entry: what is paid, decision
 * 114) and the trajectory window (R5, R6, R18) for one proposed entry, at planning and at registration. O(1): two
 * ledger lookups.
 */
export function checkProposedEntry(ledger: HoursLedger, window: TrajectoryWindow, entry: ProposedEntry, table: SchemeParameterTable = SCHEME_PARAMETERS): LimitDecision {
  const monthKey = calendarMonthKey(entry.date);
  const year = yearOf(entry.date);
  const usedInMonth = hoursInMonthOf(ledger, entry.date) - replacedHoursIn(entry.replaces, (date) => calendarMonthKey(date) === monthKey);
  const usedInYear = hoursInYearOf(ledger, entry.date) - replacedHoursIn(entry.replaces, (date) => yearOf(date) === year);
  return decide(window, entry, usedInMonth, usedInYear, table);
}

/** The decision for each entry of a plan, and whether the whole plan fits. */
export type PlanDecision = {
  readonly accepted: boolean;
  readonly decisions: readonly LimitDecision[];
};

/**
 * Checks a plan (several proposed entries) in order: each entry counts the existing ledger plus the plan's
 * earlier accepted entries, so a plan is refused exactly where it would cross a cap.
 */
export function checkProposedPlan(
  ledger: HoursLedger,
  window: TrajectoryWindow,
  entries: readonly TimeEntryMinutes[],
  table: SchemeParameterTable = SCHEME_PARAMETERS,
): PlanDecision {
  const plannedByMonth = new Map<number, number>();
  const plannedByYear = new Map<number, number>();
  const decisions = entries.map((entry) => {
    const monthKey = calendarMonthKey(entry.date);
    const year = yearOf(entry.date);
    const decision = decide(
      window,
      entry,
      hoursInMonthOf(ledger, entry.date) + (plannedByMonth.get(monthKey) ?? 0),
      hoursInYearOf(ledger, entry.date) + (plannedByYear.get(year) ?? 0),
      table,
    );
    if (decision.accepted) {
      const hours = countedHoursOf(entry.minutes);
      plannedByMonth.set(monthKey, (plannedByMonth.get(monthKey) ?? 0) + hours);
      plannedByYear.set(year, (plannedByYear.get(year) ?? 0) + hours);
    }
    return decision;
  });
  return { accepted: decisions.every((decision) => decision.accepted), decisions };
}
