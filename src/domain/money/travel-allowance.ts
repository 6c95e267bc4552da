import { DomainInputError } from '../errors/domain-input-error';
import { parameterOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import type { RuleReason } from '../rules/rule-reason';
import type { CivilDate } from '../time/civil-date';
import { roundHalfUpDivide } from './rounding';

/** A home ↔ workplace distance as entered: one way (doubled) or the full round trip, in whole metres. */
export type TravelDistance = { readonly measured: 'one_way' | 'round_trip'; readonly metres: number };

export type TravelAllowance = {
  readonly date: CivilDate;
  readonly roundTripMetres: number;
  /** Metres that are paid: all of them, or those above the threshold, per the km-basis parameter (decision 104). */
  readonly paidMetres: number;
  readonly kmRateCentsPer100Km: number;
  readonly amountCents: number;
  /** Why nothing is paid, when nothing is. */
  readonly reason: RuleReason<'TRAVEL_ROUND_TRIP_NOT_ABOVE_THRESHOLD'> | null;
};

const METRES_PER_100_KM = 100_000;

/** Converts a decimal km figure (as typed in a form) to whole metres. */
export function metresFromKm(km: number): number {
  if (!Number.isFinite(km) || km < 0) throw new DomainInputError('INVALID_DISTANCE', `Not a distance: ${km} km`, { km });
  return Math.round(km * 1000);
}

/**
 * R11: travel allowance for one trip (one time entry) on `date`. Paid only when the round trip is more than 10 km
 * (10.0 km → nothing, 10.1 km → paid); rate 15 ct/km until 2023, 17 ct/km from 2024, +2 % each 1 January from
 * 2025; amount = paid metres × rate, rounded half up to the cent (decision 105).
 */
export function travelAllowanceFor(date: CivilDate, distance: TravelDistance, table: SchemeParameterTable = SCHEME_PARAMETERS): TravelAllowance {
  if (!Number.isSafeInteger(distance.metres) || distance.metres < 0) {
    throw new DomainInputError('INVALID_DISTANCE', `Distance must be whole metres ≥ 0, got ${distance.metres}`, { metres: distance.metres });
  }
  const roundTripMetres = distance.measured === 'one_way' ? distance.metres * 2 : distance.metres;
  const thresholdMetres = parameterOn('travelThresholdRoundTripMetres', date, table);
  const kmRateCentsPer100Km = parameterOn('kmRateCentsPer100Km', date, table);
  if (roundTripMetres <= thresholdMetres) {
    return {
      date,
      roundTripMetres,
      paidMetres: 0,
      kmRateCentsPer100Km,
      amountCents: 0,
      reason: { code: 'TRAVEL_ROUND_TRIP_NOT_ABOVE_THRESHOLD', rule: 'R11', details: { roundTripMetres, thresholdMetres } },
    };
  }
  const paidMetres = parameterOn('travelAllowanceKmBasis', date, table) === 'all_km' ? roundTripMetres : roundTripMetres - thresholdMetres;
  return {
    date,
    roundTripMetres,
    paidMetres,
    kmRateCentsPer100Km,
    amountCents: roundHalfUpDivide(paidMetres * kmRateCentsPer100Km, METRES_PER_100_KM),
    reason: null,
  };
}
