import { z } from 'zod';
import { MAIN_ACTIVITIES } from '../domain/activities/main-activities';
import { CLIENT_CATEGORIES } from '../domain/clients/client-category';
import { civilDateOutputSchema, civilDateSchema, idSchema, textSchema } from './common';

/** An exceptional ("afwijkende") activity goes to the VDAB; it is requested, then approved or refused (R15). */
export const exceptionalActivityStatuses = ['requested', 'approved', 'refused'] as const;

export const mainActivitySchema = z.enum(MAIN_ACTIVITIES);
export const activityCodeSchema = textSchema.regex(/^[a-z_]+\.[a-z0-9_]+$/, 'Not an activity code').max(80);

export const activitySchema = z.object({
  code: z.string(),
  mainActivity: mainActivitySchema,
  labelNl: z.string(),
  clientCategories: z.array(z.enum(CLIENT_CATEGORIES)),
  transitionalPwaOnly: z.boolean(),
});

export const municipalityActivityChoiceSchema = z.object({
  id: idSchema,
  activityCode: z.string(),
  from: civilDateOutputSchema,
  to: civilDateOutputSchema.nullable(),
});

export const municipalityActivitiesSchema = z.object({
  municipality: z.object({ id: idSchema, name: z.string(), nisCode: z.string() }),
  choices: z.array(municipalityActivityChoiceSchema),
});

/** The Flemish list and each area municipality's subset: the catalogue page. */
export const activityCatalogueSchema = z.object({
  activities: z.array(activitySchema),
  municipalities: z.array(municipalityActivitiesSchema),
});
export type ActivityCatalogue = z.infer<typeof activityCatalogueSchema>;

/** Add an activity to a municipality's subset from a date (until a date when it drops it again). */
export const addMunicipalityActivityRequestSchema = z
  .object({ activityCode: activityCodeSchema, from: civilDateSchema, to: civilDateSchema.nullable() })
  .strict()
  .refine((choice) => choice.to === null || choice.to >= choice.from, { message: 'ACTIVITY_CHOICE_END_BEFORE_START', path: ['to'] });
export type AddMunicipalityActivityRequest = z.infer<typeof addMunicipalityActivityRequestSchema>;

/** Stop a choice on a date (the municipality dropped the activity). */
export const endMunicipalityActivityRequestSchema = z.object({ to: civilDateSchema }).strict();

export const exceptionalActivitySchema = z.object({
  id: idSchema,
  activityCode: z.string(),
  mainActivity: mainActivitySchema,
  labelNl: z.string(),
  status: z.enum(exceptionalActivityStatuses),
  requestedOn: civilDateOutputSchema,
  decidedOn: civilDateOutputSchema.nullable(),
  vdabReference: z.string().nullable(),
});

/** What a client may be asked for beyond the Flemish list: its PWA history (R16) and approved exceptional activities. */
export const clientActivitiesSchema = z.object({
  clientId: idSchema,
  pwaActivityCodes: z.array(z.string()),
  exceptional: z.array(exceptionalActivitySchema),
});
export type ClientActivities = z.infer<typeof clientActivitiesSchema>;

export const setClientPwaActivitiesRequestSchema = z.object({ activityCodes: z.array(activityCodeSchema).max(20) }).strict();
export type SetClientPwaActivitiesRequest = z.infer<typeof setClientPwaActivitiesRequestSchema>;

export const requestExceptionalActivityRequestSchema = z
  .object({ mainActivity: mainActivitySchema, labelNl: textSchema.trim().min(3).max(200), requestedOn: civilDateSchema })
  .strict();
export type RequestExceptionalActivityRequest = z.infer<typeof requestExceptionalActivityRequestSchema>;

export const decideExceptionalActivityRequestSchema = z
  .object({ status: z.enum(['approved', 'refused']), decidedOn: civilDateSchema, vdabReference: textSchema.trim().min(1).max(80) })
  .strict();
export type DecideExceptionalActivityRequest = z.infer<typeof decideExceptionalActivityRequestSchema>;
