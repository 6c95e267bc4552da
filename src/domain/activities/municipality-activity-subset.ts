import type { RuleReason } from '../rules/rule-reason';
import type { CivilDate } from '../time/civil-date';
import type { ActivityDefinition } from './activity-catalogue';

/** A municipality's choice of one activity, from a date (and until a date when it drops it). */
export type MunicipalityActivityChoice = { readonly activityCode: string; readonly from: CivilDate; readonly to: CivilDate | null };

/** R15: the subset of the activity list a municipality (by NIS code) chose. */
export type MunicipalityActivitySubset = { readonly municipalityNisCode: string; readonly choices: readonly MunicipalityActivityChoice[] };

/** True when the municipality had chosen the activity on `date`. */
export function isChosenByMunicipalityOn(subset: MunicipalityActivitySubset, activityCode: string, date: CivilDate): boolean {
  return subset.choices.some((choice) => choice.activityCode === activityCode && choice.from <= date && (choice.to === null || date <= choice.to));
}

/** Choices that name no activity of the catalogue (R15): a municipality can only pick from the list. */
export function unknownActivitiesInSubset(
  subset: MunicipalityActivitySubset,
  catalogue: readonly ActivityDefinition[],
): readonly RuleReason<'MUNICIPALITY_SUBSET_UNKNOWN_ACTIVITY'>[] {
  const known = new Set(catalogue.map((activity) => activity.code));
  return subset.choices
    .filter((choice) => !known.has(choice.activityCode))
    .map((choice) => ({ code: 'MUNICIPALITY_SUBSET_UNKNOWN_ACTIVITY', rule: 'R15', details: { activityCode: choice.activityCode } }));
}
