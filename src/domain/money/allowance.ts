import { parameterOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import type { AllowanceBasis } from '../parameters/scheme-parameter-values';
import { assertWorkedMinutes, type TimeEntryMinutes } from '../limits/time-entry-minutes';
import type { CivilDate } from '../time/civil-date';
import { roundHalfUpDivide } from './rounding';

/** The allowance for one time entry. */
export type AllowanceLine = {
  readonly date: CivilDate;
  readonly minutes: number;
  readonly basis: AllowanceBasis;
  readonly ratePerHourCents: number;
  readonly amountCents: number;
};

export type AllowanceStatement = {
  readonly lines: readonly AllowanceLine[];
  /** Always the sum of the lines' amounts (decision 105). */
  readonly totalCents: number;
};

/**
 * R10: the wijk-werker earns €4.10 per hour, per entry. Default basis: per started hour, i.e. per cheque the client
 * pays (61 min → 2 × 410 = 820 cents); the alternative `per_minute_pro_rata` rounds half up to the cent per line
 * (61 min → 417 cents). The basis is a dated scheme parameter (decision 101); `basisOverride` is for what-if views.
 */
export function allowanceForEntries(
  entries: readonly TimeEntryMinutes[],
  table: SchemeParameterTable = SCHEME_PARAMETERS,
  basisOverride?: AllowanceBasis,
): AllowanceStatement {
  const lines = entries.map((entry): AllowanceLine => {
    assertWorkedMinutes(entry.minutes);
    const ratePerHourCents = parameterOn('allowancePerHourCents', entry.date, table);
    const basis = basisOverride ?? parameterOn('allowanceBasis', entry.date, table);
    const amountCents = basis === 'per_started_hour' ? Math.ceil(entry.minutes / 60) * ratePerHourCents : roundHalfUpDivide(entry.minutes * ratePerHourCents, 60);
    return { date: entry.date, minutes: entry.minutes, basis, ratePerHourCents, amountCents };
  });
  return { lines, totalCents: lines.reduce((total, line) => total + line.amountCents, 0) };
}
