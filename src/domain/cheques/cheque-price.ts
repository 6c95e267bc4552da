import { parameterOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import { verdictFromReasons, type RuleReason, type RuleVerdict } from '../rules/rule-reason';
import type { CivilDate } from '../time/civil-date';

export type ChequePriceCode = 'CHEQUE_PRICE_BELOW_MINIMUM' | 'CHEQUE_PRICE_ABOVE_MAXIMUM' | 'CHEQUE_PRICE_NOT_ON_STEP';

/**
 * R9: a cheque price must lie in the band (€5.95–€7.45 since 2018) on a €0.50 step from the minimum, so only
 * 595, 645, 695 and 745 cents are allowed. Returns every reason.
 */
export function isChequePriceAllowed(priceCents: number, date: CivilDate, table: SchemeParameterTable = SCHEME_PARAMETERS): RuleVerdict<ChequePriceCode> {
  const minimum = parameterOn('chequePriceMinCents', date, table);
  const maximum = parameterOn('chequePriceMaxCents', date, table);
  const step = parameterOn('chequePriceStepCents', date, table);
  const reasons: RuleReason<ChequePriceCode>[] = [];
  if (priceCents < minimum) reasons.push({ code: 'CHEQUE_PRICE_BELOW_MINIMUM', rule: 'R9', details: { priceCents, minimumCents: minimum } });
  if (priceCents > maximum) reasons.push({ code: 'CHEQUE_PRICE_ABOVE_MAXIMUM', rule: 'R9', details: { priceCents, maximumCents: maximum } });
  if (!Number.isInteger(priceCents) || (priceCents - minimum) % step !== 0) {
    reasons.push({ code: 'CHEQUE_PRICE_NOT_ON_STEP', rule: 'R9', details: { priceCents, minimumCents: minimum, stepCents: step } });
  }
  return verdictFromReasons(reasons);
}
