import { FLEMISH_ACTIVITY_CATALOGUE, type ActivityDefinition } from '../../../domain/activities/activity-catalogue';
import type { MunicipalityActivitySubset } from '../../../domain/activities/municipality-activity-subset';
import { parseCivilDate } from '../../../domain/time/civil-date';

export type ActivityRules = {
  readonly catalogue: readonly ActivityDefinition[];
  readonly municipalitySubset: MunicipalityActivitySubset;
  readonly clientDidActivityUnderPwa: boolean;
};

// Every activity of the list, chosen since before the scheme began (2018): no R15 refusal until the subsets exist.
const sinceTheStart = parseCivilDate('2018-01-01');

/**
 * The one place matching learns the catalogue, the municipality's subset (R15) and the client's PWA history (R16).
 * Until the job-requests module's catalogue administration lands, this answers the Flemish list, every activity
 * chosen, and no PWA history; then it reads that module's face instead, and nothing else in matching changes.
 */
export const activityRulesFor = (municipalityNisCode: string): ActivityRules => ({
  catalogue: FLEMISH_ACTIVITY_CATALOGUE,
  municipalitySubset: {
    municipalityNisCode,
    choices: FLEMISH_ACTIVITY_CATALOGUE.map((activity) => ({ activityCode: activity.code, from: sinceTheStart, to: null })),
  },
  clientDidActivityUnderPwa: false,
});

/**
 * R16: the activities a participant did under the PWA. Nothing records them per activity yet, so a participant with
 * a PWA contract on 30 September 2017 counts for the activities they chose; the PWA history record replaces this.
 */
export const pwaActivitiesOf = (hadPwaContract: boolean, chosenActivityCodes: readonly string[]): readonly string[] => (hadPwaContract ? chosenActivityCodes : []);
