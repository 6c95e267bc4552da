import { isBelgianPostcode, isFlemishPostcode } from '../geography/flemish-region';
import { postcodeCentroid } from '../geography/postcode-centroids';
import type { AreaMunicipality } from '../organiser/domicile-area';
import type { RuleReason } from '../rules/rule-reason';

export type JobPlaceCode = 'PLACE_POSTCODE_INVALID' | 'PLACE_POSTCODE_UNKNOWN' | 'PLACE_OUTSIDE_FLANDERS' | 'PLACE_OUTSIDE_ORGANISER_AREA';

export type JobPlaceVerdict = { readonly reasons: readonly RuleReason<JobPlaceCode>[]; readonly municipalityId: string | null };

/**
 * Where a job may be done (decision 060): R1, the place of work lies in the Flemish Region, at a postcode the
 * shipped table knows (travel distances need it); and R15, in a municipality of the organiser's area, as only those
 * have a subset of the activity list here. The municipality is the one whose postcodes hold the place's.
 */
export function jobPlaceCheck(postcode: string, area: readonly AreaMunicipality[]): JobPlaceVerdict {
  const details = { postcode };
  const refused = (reason: RuleReason<JobPlaceCode>): JobPlaceVerdict => ({ reasons: [reason], municipalityId: null });
  if (!isBelgianPostcode(postcode)) return refused({ code: 'PLACE_POSTCODE_INVALID', rule: 'R1', details });
  if (!isFlemishPostcode(postcode)) return refused({ code: 'PLACE_OUTSIDE_FLANDERS', rule: 'R1', details });
  if (postcodeCentroid(postcode) === null) return refused({ code: 'PLACE_POSTCODE_UNKNOWN', rule: 'R1', details });
  const municipality = area.find((candidate) => candidate.postcodes.includes(postcode));
  if (!municipality) return refused({ code: 'PLACE_OUTSIDE_ORGANISER_AREA', rule: 'R15', details });
  return { reasons: [], municipalityId: municipality.id };
}
