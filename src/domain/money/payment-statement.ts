import type { SchemeParameterTable } from '../parameters/scheme-parameter-table';
import { SCHEME_PARAMETERS } from '../parameters/scheme-parameter-table';
import type { TimeEntryMinutes } from '../limits/time-entry-minutes';
import { allowanceForEntries, type AllowanceLine } from './allowance';
import { travelAllowanceFor, type TravelAllowance, type TravelDistance } from './travel-allowance';

/** A confirmed time entry as the pay run sees it: minutes, and the trip to the workplace if any. */
export type PayableEntry = TimeEntryMinutes & { readonly travel: TravelDistance | null };

/** One participant's payment for a period: every line and the totals. */
export type PaymentStatement = {
  readonly allowanceLines: readonly AllowanceLine[];
  readonly travelLines: readonly TravelAllowance[];
  readonly allowanceCents: number;
  readonly travelCents: number;
  readonly totalCents: number;
  /**
   * R12: the allowance and travel allowance are tax-free and paid on top of the unemployment benefit or leefloon,
   * so nothing is withheld and the whole total is paid.
   */
  readonly withheldCents: 0;
};

/**
 * The payment statement of a pay run for one participant (R10–R12). Every amount is integer cents and every total
 * is the sum of its lines (decision 105).
 */
export function paymentStatementFor(entries: readonly PayableEntry[], table: SchemeParameterTable = SCHEME_PARAMETERS): PaymentStatement {
  const allowance = allowanceForEntries(entries, table);
  const travelLines = entries.flatMap((entry) => (entry.travel === null ? [] : [travelAllowanceFor(entry.date, entry.travel, table)]));
  const travelCents = travelLines.reduce((total, line) => total + line.amountCents, 0);
  return {
    allowanceLines: allowance.lines,
    travelLines,
    allowanceCents: allowance.totalCents,
    travelCents,
    totalCents: allowance.totalCents + travelCents,
    withheldCents: 0,
  };
}
