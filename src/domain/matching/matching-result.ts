import type { ActivityAllowedCode } from '../activities/activity-allowed';
import type { ReasonDetails, RuleId, RuleReason } from '../rules/rule-reason';
import type { CivilDate } from '../time/civil-date';

/** Why a request cannot be matched at all: the work itself is not allowed (R1, R15, R16). */
export type RequestRefusalCode =
  Exclude<ActivityAllowedCode, 'PWA_TRANSITIONAL_ACTIVITY_PARTICIPANT_WITHOUT_PWA_HISTORY'> | 'PLACE_POSTCODE_INVALID' | 'PLACE_OUTSIDE_FLANDERS';

export type ExclusionCode =
  | 'ACTIVITY_NOT_CHOSEN_BY_PARTICIPANT'
  | 'ACTIVITY_NOT_ALLOWED_FOR_PARTICIPANT'
  | 'PWA_TRANSITIONAL_ACTIVITY_PARTICIPANT_WITHOUT_PWA_HISTORY'
  | 'OUTSIDE_MAX_DISTANCE'
  | 'AVAILABILITY_NOT_RECORDED'
  | 'NO_AVAILABILITY_OVERLAP'
  | 'HOURS_MONTH_CAP_REACHED'
  | 'HOURS_YEAR_CAP_REACHED'
  | 'TRAJECTORY_ENDS_BEFORE_START';

/** Why a participant is not proposed; `rule` is null for the participant's own limits (distance, availability). */
export type ExclusionReason = { readonly code: ExclusionCode; readonly rule: RuleId | null; readonly details?: ReasonDetails };

export type MatchFactor = 'distance' | 'availability' | 'remaining_hours' | 'trajectory_time' | 'continuity' | 'fairness';

export type FactorCode = 'DISTANCE' | 'DISTANCE_UNKNOWN' | 'AVAILABILITY_FIT' | 'REMAINING_HOURS' | 'TRAJECTORY_TIME_LEFT' | 'CONTINUITY' | 'FAIRNESS';

/** One line of "why here": the factor, its stable code, the points it gave out of its weight, and the values. */
export type FactorLine = {
  readonly factor: MatchFactor;
  readonly code: FactorCode;
  readonly points: number;
  readonly maxPoints: number;
  readonly details: ReasonDetails;
};

export type RankedCandidate = {
  readonly participantId: string;
  /** 1 for the best; ties are broken deterministically (decision 051), so ranks are 1, 2, 3 … without gaps. */
  readonly rank: number;
  /** The sum of the factor lines' points. */
  readonly score: number;
  /** One line per factor, always in the same order. */
  readonly factors: readonly FactorLine[];
};

export type ExcludedCandidate = { readonly participantId: string; readonly reasons: readonly ExclusionReason[] };

/** What the request needs, as every candidate is measured against it. */
export type RequestNeeds = {
  readonly firstSessionDate: CivilDate;
  /** Started hours one session counts (R4, R8). */
  readonly sessionHours: number;
  readonly monthNeededHours: number;
  readonly yearNeededHours: number;
  readonly placeKnown: boolean;
};

export type MatchingResult =
  | { readonly status: 'request_refused'; readonly reasons: readonly RuleReason<RequestRefusalCode>[] }
  | {
      readonly status: 'ranked';
      readonly needs: RequestNeeds;
      readonly ranked: readonly RankedCandidate[];
      /** By participant id. */
      readonly excluded: readonly ExcludedCandidate[];
    };
