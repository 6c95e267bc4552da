import { DomainInputError } from '../errors/domain-input-error';
import type { TravelDistanceEstimate } from '../geography/travel-distance';
import type { JobSchedule } from '../job-requests/job-schedule';
import { epochDayOf, type CivilDate } from '../time/civil-date';
import { coveredSlotCount } from './availability-fit';
import type { MatchCandidate, MatchingParameters, TransportMode } from './matching-input';
import type { RequestNeeds } from './matching-result';

export type CandidateDistance =
  | { readonly known: true; readonly oneWayMetres: number; readonly roundTripMetres: number; readonly source: 'staff' | 'estimate'; readonly samePostcode: boolean }
  | { readonly known: false };

/** Everything the exclusions and the factor lines read about one candidate, computed once. */
export type CandidateFacts = {
  readonly distance: CandidateDistance;
  /** The stricter of the participant's own maximum and their fastest transport's reach; null: no limit. */
  readonly maxOneWayMetres: number | null;
  readonly limitedBy: 'participant' | TransportMode | null;
  readonly coveredSlots: number;
  readonly monthRemainingHours: number;
  readonly yearRemainingHours: number;
  /** Days of the request's period (first session to its end, or the horizon) inside the trajectory. */
  readonly trajectoryDaysCovered: number;
  readonly requestDays: number;
};

/** What stays the same for every candidate of one request. */
export type RankingContext = {
  readonly schedule: JobSchedule;
  readonly needs: RequestNeeds;
  readonly parameters: MatchingParameters;
  readonly monthlyCapHours: number;
  readonly yearlyCapHours: number;
  /** Epoch days of the first session and of the request's last day (or horizon). */
  readonly firstDay: number;
  readonly lastDay: number;
  /** The estimated distance from a home postcode to the place, memoised: candidates share few postcodes. */
  readonly estimateFrom: (homePostcode: string) => CandidateDistance;
};

/** An estimate as a candidate's distance (built once per home postcode by the ranking context). */
export function candidateDistanceOf(estimate: TravelDistanceEstimate): CandidateDistance {
  return estimate.known
    ? { known: true, oneWayMetres: estimate.oneWayMetres, roundTripMetres: estimate.roundTripMetres, source: 'estimate', samePostcode: estimate.samePostcode }
    : { known: false };
}

function distanceOf(candidate: MatchCandidate, context: RankingContext): CandidateDistance {
  if (candidate.knownOneWayMetres !== null) {
    if (!Number.isSafeInteger(candidate.knownOneWayMetres) || candidate.knownOneWayMetres < 0) {
      throw new DomainInputError('INVALID_DISTANCE', `Distance must be whole metres ≥ 0, got ${candidate.knownOneWayMetres}`, { participantId: candidate.participantId });
    }
    return { known: true, oneWayMetres: candidate.knownOneWayMetres, roundTripMetres: 2 * candidate.knownOneWayMetres, source: 'staff', samePostcode: false };
  }
  return context.estimateFrom(candidate.homePostcode);
}

const WALKING_ONLY: readonly TransportMode[] = ['walk'];

function travelLimit(candidate: MatchCandidate, parameters: MatchingParameters): { maxOneWayMetres: number | null; limitedBy: 'participant' | TransportMode | null } {
  const modes = candidate.transportModes.length === 0 ? WALKING_ONLY : candidate.transportModes;
  let reach: number | null = 0;
  let fastest: TransportMode = modes[0] ?? 'walk';
  for (const mode of modes) {
    const modeReach = parameters.reachByModeMetres[mode];
    if (modeReach === null) {
      reach = null;
      fastest = mode;
      break;
    }
    if (reach !== null && modeReach > reach) {
      reach = modeReach;
      fastest = mode;
    }
  }
  const own = candidate.maxOneWayMetres;
  if (own !== null && (reach === null || own <= reach)) return { maxOneWayMetres: own, limitedBy: 'participant' };
  return reach === null ? { maxOneWayMetres: null, limitedBy: null } : { maxOneWayMetres: reach, limitedBy: fastest };
}

function trajectoryDaysCovered(trajectoryEndDate: CivilDate | null, context: RankingContext): number {
  const requestDays = context.lastDay - context.firstDay + 1;
  if (trajectoryEndDate === null) return requestDays;
  return Math.max(0, Math.min(epochDayOf(trajectoryEndDate), context.lastDay) - context.firstDay + 1);
}

/** The facts of one candidate against the request. */
export function candidateFacts(candidate: MatchCandidate, context: RankingContext): CandidateFacts {
  const limit = travelLimit(candidate, context.parameters);
  return {
    distance: distanceOf(candidate, context),
    maxOneWayMetres: limit.maxOneWayMetres,
    limitedBy: limit.limitedBy,
    coveredSlots: coveredSlotCount(context.schedule.slots, candidate.weeklyAvailability, context.schedule.minutesPerSession),
    monthRemainingHours: Math.max(0, context.monthlyCapHours - candidate.hoursUsedInMonth),
    yearRemainingHours: Math.max(0, context.yearlyCapHours - candidate.hoursUsedInYear),
    trajectoryDaysCovered: trajectoryDaysCovered(candidate.trajectoryEndDate, context),
    requestDays: context.lastDay - context.firstDay + 1,
  };
}
