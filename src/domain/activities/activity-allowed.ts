import type { ClientCategory } from '../clients/client-category';
import { verdictFromReasons, type RuleReason, type RuleVerdict } from '../rules/rule-reason';
import type { CivilDate } from '../time/civil-date';
import { FLEMISH_ACTIVITY_CATALOGUE, type ActivityDefinition } from './activity-catalogue';
import { isChosenByMunicipalityOn, type MunicipalityActivitySubset } from './municipality-activity-subset';

/** Who already did this activity under the PWA (R16); only consulted for transitional activities. */
export type PwaActivityHistory = {
  readonly clientDidActivityUnderPwa: boolean;
  readonly participantDidActivityUnderPwa: boolean;
};

export type ActivityAllowedInput = {
  readonly clientCategory: ClientCategory;
  readonly activityCode: string;
  /** The subset of the municipality where the work is done. */
  readonly municipalitySubset: MunicipalityActivitySubset;
  readonly date: CivilDate;
  readonly pwaHistory: PwaActivityHistory;
  /** Defaults to the Flemish list; pass an extended copy for VDAB-approved deviating activities. */
  readonly catalogue?: readonly ActivityDefinition[];
};

export type ActivityAllowedCode =
  | 'ACTIVITY_UNKNOWN'
  | 'ACTIVITY_NOT_VALID_ON_DATE'
  | 'ACTIVITY_NOT_FOR_CLIENT_CATEGORY'
  | 'ACTIVITY_NOT_CHOSEN_BY_MUNICIPALITY'
  | 'PWA_TRANSITIONAL_ACTIVITY_CLIENT_WITHOUT_PWA_HISTORY'
  | 'PWA_TRANSITIONAL_ACTIVITY_PARTICIPANT_WITHOUT_PWA_HISTORY';

/**
 * Whether a job may be done (R15, R16, R23): the activity is on the list for the client's category, valid on the
 * date, chosen by the municipality, and — for PWA transitional activities — both client and participant did it
 * under the PWA. Returns every reason. Being on the list is how R23 (complementary to regular jobs) is applied.
 */
export function isActivityAllowed(input: ActivityAllowedInput): RuleVerdict<ActivityAllowedCode> {
  const catalogue = input.catalogue ?? FLEMISH_ACTIVITY_CATALOGUE;
  const activity = catalogue.find((candidate) => candidate.code === input.activityCode);
  if (activity === undefined) {
    return verdictFromReasons([{ code: 'ACTIVITY_UNKNOWN', rule: 'R15', details: { activityCode: input.activityCode } }]);
  }

  const reasons: RuleReason<ActivityAllowedCode>[] = [];
  if (input.date < activity.validFrom || (activity.validTo !== null && input.date > activity.validTo)) {
    reasons.push({ code: 'ACTIVITY_NOT_VALID_ON_DATE', rule: 'R15', details: { validFrom: activity.validFrom, validTo: activity.validTo } });
  }
  if (!activity.clientCategories.includes(input.clientCategory)) {
    reasons.push({ code: 'ACTIVITY_NOT_FOR_CLIENT_CATEGORY', rule: 'R15', details: { clientCategory: input.clientCategory } });
  }
  if (!isChosenByMunicipalityOn(input.municipalitySubset, activity.code, input.date)) {
    reasons.push({ code: 'ACTIVITY_NOT_CHOSEN_BY_MUNICIPALITY', rule: 'R15', details: { municipalityNisCode: input.municipalitySubset.municipalityNisCode } });
  }
  if (activity.transitionalPwaOnly) {
    if (!input.pwaHistory.clientDidActivityUnderPwa) reasons.push({ code: 'PWA_TRANSITIONAL_ACTIVITY_CLIENT_WITHOUT_PWA_HISTORY', rule: 'R16' });
    if (!input.pwaHistory.participantDidActivityUnderPwa) reasons.push({ code: 'PWA_TRANSITIONAL_ACTIVITY_PARTICIPANT_WITHOUT_PWA_HISTORY', rule: 'R16' });
  }
  return verdictFromReasons(reasons);
}
