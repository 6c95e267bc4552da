import type { CandidateFacts } from './candidate-facts';
import type { MatchCandidate, MatchRequest } from './matching-input';
import type { ExclusionReason, RequestNeeds } from './matching-result';

/** The reasons that read the same for every candidate of a request, built once: most candidates are excluded. */
export type SharedExclusions = {
  readonly notChosen: ExclusionReason;
  readonly notAllowed: ExclusionReason;
  readonly noPwaHistory: ExclusionReason;
  readonly noAvailability: ExclusionReason;
  readonly noOverlap: ExclusionReason;
  readonly month: string;
  readonly year: string;
};

export function sharedExclusions(request: MatchRequest, needs: RequestNeeds): SharedExclusions {
  const details = { activityCode: request.activityCode };
  return {
    notChosen: { code: 'ACTIVITY_NOT_CHOSEN_BY_PARTICIPANT', rule: 'R7', details },
    notAllowed: { code: 'ACTIVITY_NOT_ALLOWED_FOR_PARTICIPANT', rule: 'R7', details },
    noPwaHistory: { code: 'PWA_TRANSITIONAL_ACTIVITY_PARTICIPANT_WITHOUT_PWA_HISTORY', rule: 'R16', details },
    noAvailability: { code: 'AVAILABILITY_NOT_RECORDED', rule: null },
    noOverlap: { code: 'NO_AVAILABILITY_OVERLAP', rule: null, details: { requestedSlots: request.schedule.slots.length } },
    month: needs.firstSessionDate.slice(0, 7),
    year: needs.firstSessionDate.slice(0, 4),
  };
}

/**
 * Every reason a participant cannot take the request (decision 051): the activity is not among theirs or not
 * allowed them (R7), a transitional activity they did not do under the PWA (R16), the place beyond their distance
 * or transport (a known distance only), no availability for any slot, no room for one session in the month or year
 * of the first session (R4), or a trajectory that ends before it (R5).
 */
export function exclusionReasons(
  candidate: MatchCandidate,
  facts: CandidateFacts,
  activityCode: string,
  needs: RequestNeeds,
  transitionalPwaOnly: boolean,
  shared: SharedExclusions,
): readonly ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  if (!candidate.chosenActivityCodes.includes(activityCode)) reasons.push(shared.notChosen);
  if (candidate.allowedActivityCodes !== null && !candidate.allowedActivityCodes.includes(activityCode)) reasons.push(shared.notAllowed);
  if (transitionalPwaOnly && !candidate.pwaActivityCodes.includes(activityCode)) reasons.push(shared.noPwaHistory);
  if (facts.distance.known && facts.maxOneWayMetres !== null && facts.distance.oneWayMetres > facts.maxOneWayMetres) {
    reasons.push({
      code: 'OUTSIDE_MAX_DISTANCE',
      rule: null,
      details: { oneWayMetres: facts.distance.oneWayMetres, maxOneWayMetres: facts.maxOneWayMetres, limitedBy: facts.limitedBy, source: facts.distance.source },
    });
  }
  if (candidate.weeklyAvailability.length === 0) reasons.push(shared.noAvailability);
  else if (facts.coveredSlots === 0) reasons.push(shared.noOverlap);
  if (facts.monthRemainingHours < needs.sessionHours) {
    reasons.push({
      code: 'HOURS_MONTH_CAP_REACHED',
      rule: 'R4',
      details: { month: shared.month, usedHours: candidate.hoursUsedInMonth, remainingHours: facts.monthRemainingHours, sessionHours: needs.sessionHours },
    });
  }
  if (facts.yearRemainingHours < needs.sessionHours) {
    reasons.push({
      code: 'HOURS_YEAR_CAP_REACHED',
      rule: 'R4',
      details: { year: shared.year, usedHours: candidate.hoursUsedInYear, remainingHours: facts.yearRemainingHours, sessionHours: needs.sessionHours },
    });
  }
  if (candidate.trajectoryEndDate !== null && candidate.trajectoryEndDate < needs.firstSessionDate) {
    reasons.push({
      code: 'TRAJECTORY_ENDS_BEFORE_START',
      rule: 'R5',
      details: { trajectoryEndDate: candidate.trajectoryEndDate, firstSessionDate: needs.firstSessionDate },
    });
  }
  return reasons;
}
