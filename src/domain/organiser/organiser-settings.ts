import { isChequePriceAllowed, type ChequePriceCode } from '../cheques/cheque-price';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import { verdictFromReasons, type RuleReason, type RuleVerdict } from '../rules/rule-reason';
import { civilDateFromParts, yearOf, type CivilDate } from '../time/civil-date';

/** A (municipal or inter-municipal) decision setting the organiser's cheque price. */
export type ChequePriceDecision = { readonly priceCents: number; readonly decidedOn: CivilDate };

/**
 * What an organiser may set itself. The regulation leaves only the cheque price (inside the band) to the organiser;
 * every other number is a scheme parameter, so it deliberately has no place here.
 */
export type OrganiserSettings = { readonly chequePriceDecisions: readonly ChequePriceDecision[] };

export type OrganiserSettingsCode = ChequePriceCode | 'CHEQUE_PRICE_MISSING' | 'CHEQUE_PRICE_DECISIONS_CONFLICT';

/** R9: a price decision takes effect on 1 January of the year after the decision. */
export function chequePriceEffectiveFrom(decidedOn: CivilDate): CivilDate {
  return civilDateFromParts(yearOf(decidedOn) + 1, 1, 1);
}

/**
 * Validates organiser settings (R9): at least one price decision and each price allowed on the day it takes effect.
 * Several decisions in one year are fine: a later decision taken before the 1 January on which an earlier one would
 * take effect replaces it (decision 115). Only two different prices decided on the same day are refused, as neither
 * is the later. Returns every reason.
 */
export function validateOrganiserSettings(settings: OrganiserSettings, table: SchemeParameterTable = SCHEME_PARAMETERS): RuleVerdict<OrganiserSettingsCode> {
  const reasons: RuleReason<OrganiserSettingsCode>[] = [];
  if (settings.chequePriceDecisions.length === 0) reasons.push({ code: 'CHEQUE_PRICE_MISSING', rule: 'R9' });
  const priceDecidedOn = new Map<CivilDate, number>();
  for (const decision of settings.chequePriceDecisions) {
    const effectiveFrom = chequePriceEffectiveFrom(decision.decidedOn);
    for (const reason of isChequePriceAllowed(decision.priceCents, effectiveFrom, table).reasons) {
      reasons.push({ ...reason, details: { ...reason.details, decidedOn: decision.decidedOn, effectiveFrom } });
    }
    const sameDayPrice = priceDecidedOn.get(decision.decidedOn);
    if (sameDayPrice !== undefined && sameDayPrice !== decision.priceCents) {
      reasons.push({ code: 'CHEQUE_PRICE_DECISIONS_CONFLICT', rule: 'R9', details: { decidedOn: decision.decidedOn, effectiveFrom } });
    }
    priceDecidedOn.set(decision.decidedOn, decision.priceCents);
  }
  return verdictFromReasons(reasons);
}

/**
 * The organiser's cheque price on `date` (R9): the latest decision that has taken effect, so a later decision of
 * the same year replaces an earlier one; null when no decision has taken effect yet.
 */
export function organiserChequePriceOn(settings: OrganiserSettings, date: CivilDate): number | null {
  let current: ChequePriceDecision | null = null;
  for (const decision of settings.chequePriceDecisions) {
    if (chequePriceEffectiveFrom(decision.decidedOn) > date) continue;
    if (current === null || decision.decidedOn > current.decidedOn) current = decision;
  }
  return current === null ? null : current.priceCents;
}

/**
 * R9: in an inter-municipal organiser the price is agreed by consensus; without consensus the lowest municipal
 * price applies.
 */
export function interMunicipalChequePriceCents(municipalPricesCents: readonly number[], consensusPriceCents: number | null): number | null {
  if (consensusPriceCents !== null) return consensusPriceCents;
  return municipalPricesCents.length === 0 ? null : Math.min(...municipalPricesCents);
}
