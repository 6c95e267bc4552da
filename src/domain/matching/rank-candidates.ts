import { estimatedTravelDistance } from '../geography/travel-distance';
import { parameterOn } from '../parameters/parameter-lookup';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import { addDays } from '../time/civil-date-arithmetic';
import { epochDayOf } from '../time/civil-date';
import { exclusionReasons, sharedExclusions } from './candidate-exclusions';
import { candidateDistanceOf, candidateFacts, type CandidateDistance, type RankingContext } from './candidate-facts';
import { factorLines } from './candidate-factors';
import { DEFAULT_MATCHING_PARAMETERS, type MatchCandidate, type MatchingParameters, type MatchRequest } from './matching-input';
import type { ExcludedCandidate, FactorLine, MatchingResult, RankedCandidate } from './matching-result';
import { assessRequest } from './request-needs';

type Scored = {
  readonly participantId: string;
  readonly score: number;
  readonly factors: readonly FactorLine[];
  readonly continuity: boolean;
  readonly distanceMetres: number;
  readonly recentHours: number;
};

const byId = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);

/** Higher score first; ties: continuity, then the shorter trip (unknown last), fewer recent hours, participant id. */
function compareScored(left: Scored, right: Scored): number {
  return (
    right.score - left.score ||
    Number(right.continuity) - Number(left.continuity) ||
    left.distanceMetres - right.distanceMetres ||
    left.recentHours - right.recentHours ||
    byId(left.participantId, right.participantId)
  );
}

function rankingContext(request: MatchRequest, needs: RankingContext['needs'], parameters: MatchingParameters, table: SchemeParameterTable): RankingContext {
  const { schedule } = request;
  const date = needs.firstSessionDate;
  const lastDate = schedule.endDate ?? addDays(date, parameters.openEndedHorizonDays - 1);
  const estimates = new Map<string, CandidateDistance>();
  return {
    schedule,
    needs,
    parameters,
    monthlyCapHours: parameterOn('monthlyCapHours', date, table),
    yearlyCapHours: parameterOn('yearlyCapHours', date, table),
    firstDay: epochDayOf(date),
    lastDay: Math.max(epochDayOf(lastDate), epochDayOf(date)),
    estimateFrom: (homePostcode) => {
      let estimate = estimates.get(homePostcode);
      if (estimate === undefined) {
        estimate = candidateDistanceOf(estimatedTravelDistance(homePostcode, request.placePostcode, date, table));
        estimates.set(homePostcode, estimate);
      }
      return estimate;
    },
  };
}

/**
 * Matching (decision 051): the eligible participants for one job request, best first, each with a score and one
 * line per factor saying why; the others with every reason they are excluded. A request whose work is not allowed
 * (R1, R15, R16) is refused as a whole. Deterministic: the same input in any order gives the same answer.
 * Linear in the candidates plus one sort; distances are estimated once per home postcode.
 */
export function rankCandidates(
  request: MatchRequest,
  candidates: readonly MatchCandidate[],
  parameters: MatchingParameters = DEFAULT_MATCHING_PARAMETERS,
  table: SchemeParameterTable = SCHEME_PARAMETERS,
): MatchingResult {
  const assessment = assessRequest(request);
  if (assessment.refused) return { status: 'request_refused', reasons: assessment.reasons };
  const { needs } = assessment;
  const context = rankingContext(request, needs, parameters, table);
  const requestedSlots = request.schedule.slots.length;
  const shared = sharedExclusions(request, needs);

  const scored: Scored[] = [];
  const excluded: ExcludedCandidate[] = [];
  for (const candidate of candidates) {
    const facts = candidateFacts(candidate, context);
    const reasons = exclusionReasons(candidate, facts, request.activityCode, needs, assessment.transitionalPwaOnly, shared);
    if (reasons.length > 0) {
      excluded.push({ participantId: candidate.participantId, reasons });
      continue;
    }
    const factors = factorLines(candidate, facts, needs, requestedSlots, parameters);
    scored.push({
      participantId: candidate.participantId,
      score: factors.reduce((total, line) => total + line.points, 0),
      factors,
      continuity: candidate.priorAssignmentsWithClient > 0,
      distanceMetres: facts.distance.known ? facts.distance.oneWayMetres : Number.MAX_SAFE_INTEGER,
      recentHours: candidate.recentHours,
    });
  }
  scored.sort(compareScored);
  excluded.sort((left, right) => byId(left.participantId, right.participantId));
  const ranked: RankedCandidate[] = scored.map((entry, index) => ({ participantId: entry.participantId, rank: index + 1, score: entry.score, factors: entry.factors }));
  return { status: 'ranked', needs, ranked, excluded };
}
