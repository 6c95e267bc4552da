import { isBelgianPostcode, isFlemishPostcode } from '../geography/flemish-region';
import type { RuleReason } from '../rules/rule-reason';

/** What the organiser does with a domicile in Flanders but outside its municipalities (an organiser setting). */
export const outsideAreaPolicies = ['warn', 'refuse'] as const;
export type OutsideAreaPolicy = (typeof outsideAreaPolicies)[number];

/** A municipality of the organiser's area with its postcodes. */
export type AreaMunicipality = { readonly id: string; readonly postcodes: readonly string[] };

export type DomicileRefusalCode = 'DOMICILE_POSTCODE_INVALID' | 'DOMICILE_OUTSIDE_FLANDERS' | 'DOMICILE_OUTSIDE_ORGANISER_AREA';

export type DomicileAreaInput = {
  readonly postcode: string;
  /** The organiser's municipalities; empty while none are set up, and then there is no area to check against. */
  readonly area: readonly AreaMunicipality[];
  readonly policy: OutsideAreaPolicy;
  /** For a domicile outside the area under `warn`: the area's municipality the coordinator says applies. */
  readonly chosenMunicipalityId: string | null;
};

export type DomicileAreaVerdict = {
  /** Reasons the person cannot be enrolled by this organiser: the referral is closed as refused. */
  readonly reasons: readonly RuleReason<DomicileRefusalCode>[];
  /** The domicile lies outside the area but the organiser accepts it (policy `warn`). */
  readonly warnings: readonly RuleReason<'DOMICILE_OUTSIDE_ORGANISER_AREA'>[];
  /** Under `warn`, the coordinator still has to say which municipality of the area applies. */
  readonly municipalityChoiceNeeded: boolean;
  /** The area's municipality that applies: the postcode's own, or the chosen one; null without an area. */
  readonly municipalityId: string | null;
};

const verdict = (fields: Partial<DomicileAreaVerdict>): DomicileAreaVerdict => ({
  reasons: [],
  warnings: [],
  municipalityChoiceNeeded: false,
  municipalityId: null,
  ...fields,
});

/**
 * Where a wijk-werker's domicile stands, as the referral form, the intake's address step and the server all judge
 * it (decision 122). R1: the domicile lies in the Flemish Region. Then the organiser's area: a postcode of one of
 * its municipalities gives that municipality; a Flemish postcode outside them is refused, or accepted with a
 * warning once the coordinator names the area's municipality that applies (the choice counts only then: inside
 * the area the postcode decides).
 */
export function domicileAreaCheck(input: DomicileAreaInput): DomicileAreaVerdict {
  const details = { postcode: input.postcode };
  if (!isBelgianPostcode(input.postcode)) return verdict({ reasons: [{ code: 'DOMICILE_POSTCODE_INVALID', rule: 'R1', details }] });
  if (!isFlemishPostcode(input.postcode)) return verdict({ reasons: [{ code: 'DOMICILE_OUTSIDE_FLANDERS', rule: 'R1', details }] });
  if (input.area.length === 0) return verdict({});
  const own = input.area.find((municipality) => municipality.postcodes.includes(input.postcode));
  if (own) return verdict({ municipalityId: own.id });
  const outside: RuleReason<'DOMICILE_OUTSIDE_ORGANISER_AREA'> = { code: 'DOMICILE_OUTSIDE_ORGANISER_AREA', rule: 'R1', details };
  if (input.policy === 'refuse') return verdict({ reasons: [outside] });
  const chosen = input.area.find((municipality) => municipality.id === input.chosenMunicipalityId);
  return verdict({ warnings: [outside], municipalityChoiceNeeded: !chosen, municipalityId: chosen?.id ?? null });
}
