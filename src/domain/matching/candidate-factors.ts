import type { CandidateFacts } from './candidate-facts';
import type { MatchCandidate, MatchingParameters } from './matching-input';
import type { FactorLine, RequestNeeds } from './matching-result';

/** `weight × fraction` in whole points, the fraction clamped to 0–1, so scores compare exactly. */
const pointsOf = (weight: number, fraction: number): number => Math.round(weight * Math.min(1, Math.max(0, fraction)));

function distanceLine(facts: CandidateFacts, parameters: MatchingParameters): FactorLine {
  const maxPoints = parameters.weights.distance;
  if (!facts.distance.known) return { factor: 'distance', code: 'DISTANCE_UNKNOWN', points: 0, maxPoints, details: { maxOneWayMetres: facts.maxOneWayMetres } };
  const reference = facts.maxOneWayMetres ?? parameters.distanceReferenceMetres;
  const { oneWayMetres, roundTripMetres, source, samePostcode } = facts.distance;
  return {
    factor: 'distance',
    code: 'DISTANCE',
    points: pointsOf(maxPoints, reference === 0 ? (oneWayMetres === 0 ? 1 : 0) : 1 - oneWayMetres / reference),
    maxPoints,
    details: { oneWayMetres, roundTripMetres, source, samePostcode, maxOneWayMetres: facts.maxOneWayMetres, limitedBy: facts.limitedBy },
  };
}

/**
 * The six factor lines of an eligible candidate, always in this order (decision 051): distance (closer within their
 * limit is better), availability (share of the request's weekly slots they can do), remaining hours (room this
 * month and year against what the request needs, R4), trajectory time (share of the request's period before their
 * trajectory ends, R5), continuity (they worked for this client before), fairness (fewer hours received lately).
 */
export function factorLines(
  candidate: MatchCandidate,
  facts: CandidateFacts,
  needs: RequestNeeds,
  requestedSlots: number,
  parameters: MatchingParameters,
): readonly FactorLine[] {
  const { weights } = parameters;
  const monthShare = needs.monthNeededHours === 0 ? 1 : facts.monthRemainingHours / needs.monthNeededHours;
  const yearShare = needs.yearNeededHours === 0 ? 1 : facts.yearRemainingHours / needs.yearNeededHours;
  return [
    distanceLine(facts, parameters),
    {
      factor: 'availability',
      code: 'AVAILABILITY_FIT',
      points: pointsOf(weights.availability, facts.coveredSlots / requestedSlots),
      maxPoints: weights.availability,
      details: { coveredSlots: facts.coveredSlots, requestedSlots },
    },
    {
      factor: 'remaining_hours',
      code: 'REMAINING_HOURS',
      points: pointsOf(weights.remainingHours, Math.min(monthShare, yearShare)),
      maxPoints: weights.remainingHours,
      details: {
        monthRemainingHours: facts.monthRemainingHours,
        monthNeededHours: needs.monthNeededHours,
        yearRemainingHours: facts.yearRemainingHours,
        yearNeededHours: needs.yearNeededHours,
      },
    },
    {
      factor: 'trajectory_time',
      code: 'TRAJECTORY_TIME_LEFT',
      points: pointsOf(weights.trajectoryTime, facts.trajectoryDaysCovered / facts.requestDays),
      maxPoints: weights.trajectoryTime,
      details: { trajectoryEndDate: candidate.trajectoryEndDate, coveredDays: facts.trajectoryDaysCovered, requestDays: facts.requestDays },
    },
    {
      factor: 'continuity',
      code: 'CONTINUITY',
      points: candidate.priorAssignmentsWithClient > 0 ? weights.continuity : 0,
      maxPoints: weights.continuity,
      details: { priorAssignments: candidate.priorAssignmentsWithClient },
    },
    {
      factor: 'fairness',
      code: 'FAIRNESS',
      points: pointsOf(weights.fairness, 1 - candidate.recentHours / parameters.fairnessReferenceHours),
      maxPoints: weights.fairness,
      details: { recentHours: candidate.recentHours, referenceHours: parameters.fairnessReferenceHours },
    },
  ];
}
