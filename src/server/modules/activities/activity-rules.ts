import { and, eq, inArray } from 'drizzle-orm';
import { isActivityAllowed, type ActivityAllowedCode } from '../../../domain/activities/activity-allowed';
import { FLEMISH_ACTIVITY_CATALOGUE, type ActivityDefinition } from '../../../domain/activities/activity-catalogue';
import type { MunicipalityActivitySubset } from '../../../domain/activities/municipality-activity-subset';
import type { ClientCategory } from '../../../domain/clients/client-category';
import type { RuleVerdict } from '../../../domain/rules/rule-reason';
import { parseCivilDate, type CivilDate } from '../../../domain/time/civil-date';
import type { Executor } from '../../platform/db/database';
import { municipalities } from '../municipalities/schema';
import { clientPwaActivities, exceptionalActivities, municipalityActivityChoices } from './schema';

/** What the activity rules (R15, R16) need about one client and one place, in the shapes the domain takes. */
export type ClientActivityRules = {
  /** The Flemish list plus the client's VDAB-approved exceptional activities. */
  readonly catalogue: readonly ActivityDefinition[];
  /** The subset of the place's municipality; empty when the place is outside the organiser's area. */
  readonly municipalitySubset: MunicipalityActivitySubset;
  /** Activity codes the client did under the PWA (R16). */
  readonly clientPwaActivityCodes: ReadonlySet<string>;
};

/** An approved exceptional activity as a catalogue entry for its one client, valid from the VDAB's decision. */
const asDefinition = (row: typeof exceptionalActivities.$inferSelect, category: ClientCategory): ActivityDefinition => ({
  code: row.activityCode,
  mainActivity: row.mainActivity,
  labelNl: row.labelNl,
  clientCategories: [category],
  transitionalPwaOnly: false,
  validFrom: parseCivilDate(row.decidedOn ?? row.requestedOn),
  validTo: null,
  sources: [],
  note: row.vdabReference === null ? null : `VDAB ${row.vdabReference}`,
});

/**
 * The catalogue, the municipality subset and the client's PWA history for a client (of `category`) and the
 * municipality of the place of work: for a job request's check and for matching. A place outside the area has an
 * empty subset, so nothing is chosen there.
 */
export const activityRulesFor = async (
  db: Executor,
  organiserId: string,
  client: { readonly id: string; readonly category: ClientCategory },
  placeMunicipalityId: string | null,
): Promise<ClientActivityRules> => {
  const [municipality] = placeMunicipalityId
    ? await db
        .select({ nisCode: municipalities.nisCode })
        .from(municipalities)
        .where(and(eq(municipalities.organiserId, organiserId), eq(municipalities.id, placeMunicipalityId)))
    : [];
  const choices = municipality
    ? await db
        .select({ activityCode: municipalityActivityChoices.activityCode, from: municipalityActivityChoices.fromDate, to: municipalityActivityChoices.toDate })
        .from(municipalityActivityChoices)
        .where(and(eq(municipalityActivityChoices.organiserId, organiserId), eq(municipalityActivityChoices.municipalityId, placeMunicipalityId ?? '')))
    : [];
  const exceptional = await db
    .select()
    .from(exceptionalActivities)
    .where(and(eq(exceptionalActivities.organiserId, organiserId), eq(exceptionalActivities.clientId, client.id), eq(exceptionalActivities.status, 'approved')));
  const pwa = await db
    .select({ activityCode: clientPwaActivities.activityCode })
    .from(clientPwaActivities)
    .where(and(eq(clientPwaActivities.organiserId, organiserId), eq(clientPwaActivities.clientId, client.id)));
  const approved = exceptional.map((row) => asDefinition(row, client.category));
  return {
    catalogue: [...FLEMISH_ACTIVITY_CATALOGUE, ...approved],
    municipalitySubset: {
      municipalityNisCode: municipality?.nisCode ?? '',
      // An approved exceptional activity is the client's own, so its municipality need not choose it (R15 deviation).
      choices: [
        ...choices.map((choice) => ({ activityCode: choice.activityCode, from: parseCivilDate(choice.from), to: choice.to === null ? null : parseCivilDate(choice.to) })),
        ...approved.map((activity) => ({ activityCode: activity.code, from: activity.validFrom, to: null })),
      ],
    },
    clientPwaActivityCodes: new Set(pwa.map((row) => row.activityCode)),
  };
};

/**
 * R15, R16 for what a client asks: the activity on the list for its category, chosen by the place's municipality on
 * `date`, and a transitional one only when the client did it under the PWA. The participant's side of R16 is for
 * matching, so it is not asked here.
 */
export const checkRequestedActivity = (
  rules: ClientActivityRules,
  clientCategory: ClientCategory,
  activityCode: string,
  date: CivilDate,
): RuleVerdict<ActivityAllowedCode> =>
  isActivityAllowed({
    clientCategory,
    activityCode,
    municipalitySubset: rules.municipalitySubset,
    date,
    catalogue: rules.catalogue,
    pwaHistory: { clientDidActivityUnderPwa: rules.clientPwaActivityCodes.has(activityCode), participantDidActivityUnderPwa: true },
  });

/** The labels of activity codes, the client's approved exceptional ones included (for lists that show codes). */
export const activityLabels = async (db: Executor, organiserId: string, codes: readonly string[]): Promise<ReadonlyMap<string, string>> => {
  const labels = new Map(FLEMISH_ACTIVITY_CATALOGUE.map((activity) => [activity.code, activity.labelNl]));
  const unknown = [...new Set(codes)].filter((code) => !labels.has(code));
  if (unknown.length > 0) {
    const rows = await db
      .select({ code: exceptionalActivities.activityCode, label: exceptionalActivities.labelNl })
      .from(exceptionalActivities)
      .where(and(eq(exceptionalActivities.organiserId, organiserId), inArray(exceptionalActivities.activityCode, unknown)));
    for (const row of rows) labels.set(row.code, row.label);
  }
  return labels;
};
