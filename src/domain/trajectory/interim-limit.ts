import { parameterOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import type { RuleReason } from '../rules/rule-reason';
import { daysBetween } from '../time/civil-date-arithmetic';
import type { CivilDate } from '../time/civil-date';

export type InterimLimitResult =
  { readonly exceeded: false } | { readonly exceeded: true; readonly exceededOn: CivilDate; readonly reason: RuleReason<'INTERIM_LIMIT_EXCEEDED'> };

/**
 * R18: temp work (interim) is allowed up to 10 days in any 28 consecutive days; the first day that makes it 11
 * ends the right to wijk-werk. A rolling window is used because the regulation's period start is unconfirmed
 * (decision 108); it is the stricter reading, so a coordinator should confirm before ending a trajectory.
 * `endsRightFrom`: only an excess on or after this day counts (for an ex-PWA worker, the day the PWA right lapses);
 * earlier interim days still fill the 28-day windows.
 */
export function interimLimitCheck(
  interimWorkDates: readonly CivilDate[],
  table: SchemeParameterTable = SCHEME_PARAMETERS,
  endsRightFrom: CivilDate | null = null,
): InterimLimitResult {
  const days = [...new Set(interimWorkDates)].sort();
  let windowStart = 0;
  for (let index = 0; index < days.length; index += 1) {
    const day = days[index];
    if (day === undefined) continue;
    const periodDays = parameterOn('interimPeriodDays', day, table);
    const maxDays = parameterOn('interimMaxDaysPerPeriod', day, table);
    while (windowStart < index && daysBetween(days[windowStart] ?? day, day) >= periodDays) windowStart += 1;
    const daysInWindow = index - windowStart + 1;
    if (daysInWindow > maxDays && (endsRightFrom === null || day >= endsRightFrom)) {
      return {
        exceeded: true,
        exceededOn: day,
        reason: { code: 'INTERIM_LIMIT_EXCEEDED', rule: 'R18', details: { daysInWindow, maxDays, periodDays, windowStart: days[windowStart] ?? day } },
      };
    }
  }
  return { exceeded: false };
}
