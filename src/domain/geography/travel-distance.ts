import { roundHalfUpDivide } from '../money/rounding';
import { parameterOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import type { CivilDate } from '../time/civil-date';
import { postcodeCentroid, type Coordinates } from './postcode-centroids';

/** Mean Earth radius (IUGG), in metres. */
const EARTH_RADIUS_METRES = 6_371_008.8;
/** Estimates are given to 100 m: a postcode centroid is no more precise than that, and forms show one decimal of km. */
const ESTIMATE_STEP_METRES = 100;

const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/** The great-circle (straight-line) distance between two points, in whole metres (haversine formula). */
export function straightLineMetres(from: Coordinates, to: Coordinates): number {
  const halfChordSquared =
    Math.sin(radians(to.latitude - from.latitude) / 2) ** 2 +
    Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(radians(to.longitude - from.longitude) / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(halfChordSquared))));
}

/** An estimated home ↔ workplace distance from postcode centroids, or why there is none. */
export type TravelDistanceEstimate =
  | {
      readonly known: true;
      readonly method: 'postcode_centroids';
      readonly straightLineMetres: number;
      readonly roadFactorPercent: number;
      /** Straight line × road factor, rounded half up to 100 m. */
      readonly oneWayMetres: number;
      /** Exactly twice the one-way estimate, as the travel allowance doubles a one-way distance (decision 104). */
      readonly roundTripMetres: number;
      /** Both in one postcode: the estimate is 0 m, the real trip may be a few km (staff override). */
      readonly samePostcode: boolean;
    }
  | { readonly known: false; readonly code: 'POSTCODE_NOT_IN_TABLE'; readonly postcode: string };

/**
 * Estimated road distance between two postcodes on `date` (decision 050): the straight line between their centroids
 * × the dated road factor (130 %), one way rounded half up to 100 m, round trip twice that — so what staff see is what
 * the travel allowance (R11, decision 104) pays on. An estimate only: the UI says so and staff may override it.
 */
export function estimatedTravelDistance(
  fromPostcode: string,
  toPostcode: string,
  date: CivilDate,
  table: SchemeParameterTable = SCHEME_PARAMETERS,
): TravelDistanceEstimate {
  const from = postcodeCentroid(fromPostcode);
  if (from === null) return { known: false, code: 'POSTCODE_NOT_IN_TABLE', postcode: fromPostcode };
  const to = postcodeCentroid(toPostcode);
  if (to === null) return { known: false, code: 'POSTCODE_NOT_IN_TABLE', postcode: toPostcode };
  const straight = straightLineMetres(from, to);
  const roadFactorPercent = parameterOn('travelEstimateRoadFactorPercent', date, table);
  const oneWayMetres = roundHalfUpDivide(straight * roadFactorPercent, 100 * ESTIMATE_STEP_METRES) * ESTIMATE_STEP_METRES;
  return {
    known: true,
    method: 'postcode_centroids',
    straightLineMetres: straight,
    roadFactorPercent,
    oneWayMetres,
    roundTripMetres: 2 * oneWayMetres,
    samePostcode: fromPostcode === toPostcode,
  };
}
