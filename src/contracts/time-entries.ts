import { z } from 'zod';
import { civilDateOutputSchema, idSchema } from './common';

/**
 * A time entry's life (decision 130): registered by the participant (or staff on their behalf), then confirmed by
 * the client (in the portal, from the e-mailed link, or automatically after the deadline) or contested; a contested
 * entry is kept (confirmed), rejected, or corrected by the coordinator. A confirmed entry is never edited: a
 * correction is a new entry pointing to it, and the original becomes `corrected`.
 */
export const timeEntryStatuses = ['registered', 'confirmed', 'contested', 'rejected', 'corrected'] as const;
export type TimeEntryStatus = (typeof timeEntryStatuses)[number];

/** How an entry's confirmation or contest reached us. */
export const timeEntryAnswerChannels = ['portal', 'link', 'automatic', 'coordinator'] as const;

/** The coordinator's decision on a contested entry. */
export const timeEntryResolutions = ['kept', 'changed', 'rejected'] as const;

const personSchema = z.object({ id: idSchema, name: z.string() });

export const timeEntrySchema = z.object({
  id: idSchema,
  version: z.number().int(),
  status: z.enum(timeEntryStatuses),
  participant: personSchema,
  client: personSchema,
  assignmentId: idSchema,
  activityCode: z.string(),
  workDate: civilDateOutputSchema,
  /** Brussels wall-clock times when the participant gave them; a duration alone leaves both null. */
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  minutes: z.number().int(),
  /** Started hours (R4, R8): what the caps count and what is paid in cheques and allowance. */
  countedHours: z.number().int(),
  /** Who typed it in; `onBehalf` when staff registered it for the participant ("ingevoerd door …"). */
  enteredBy: z.object({ name: z.string(), onBehalf: z.boolean() }),
  registeredAt: z.iso.datetime({ offset: true }),
  /** The last day the client can answer; the day after, the entry is confirmed automatically (decision 107). */
  confirmDeadline: civilDateOutputSchema,
  answeredVia: z.enum(timeEntryAnswerChannels).nullable(),
  answeredAt: z.iso.datetime({ offset: true }).nullable(),
  contestReason: z.string().nullable(),
  resolution: z.enum(timeEntryResolutions).nullable(),
  resolutionReason: z.string().nullable(),
  /** The entry this one corrects, and why; the entry that corrects this one. */
  correctsEntryId: idSchema.nullable(),
  correctionReason: z.string().nullable(),
  correctedByEntryId: idSchema.nullable(),
});
export type TimeEntry = z.infer<typeof timeEntrySchema>;

/** The client's contest: why these hours are not right. */
export const contestTimeEntryRequestSchema = z.object({ version: z.number().int(), reason: z.string().trim().min(1).max(2000) }).strict();
export type ContestTimeEntryRequest = z.infer<typeof contestTimeEntryRequestSchema>;

export const confirmTimeEntryRequestSchema = z.object({ version: z.number().int() }).strict();

const hhmmSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** What a coordinator's change or correction says was really worked: start and end, or minutes alone. */
const workedSchema = z.union([z.object({ startTime: hhmmSchema, endTime: hhmmSchema }).strict(), z.object({ minutes: z.number().int().min(1).max(1440) }).strict()]);

/** The coordinator's decision on a contested entry, always with a reason; a change says what was worked. */
export const resolveTimeEntryRequestSchema = z.discriminatedUnion('resolution', [
  z.object({ resolution: z.literal('kept'), version: z.number().int(), reason: z.string().trim().min(1).max(2000) }).strict(),
  z.object({ resolution: z.literal('rejected'), version: z.number().int(), reason: z.string().trim().min(1).max(2000) }).strict(),
  z.object({ resolution: z.literal('changed'), version: z.number().int(), reason: z.string().trim().min(1).max(2000), worked: workedSchema }).strict(),
]);
export type ResolveTimeEntryRequest = z.infer<typeof resolveTimeEntryRequestSchema>;

/** A coordinator corrects a confirmed entry: a new linked entry with what was worked, and why. */
export const correctTimeEntryRequestSchema = z.object({ version: z.number().int(), reason: z.string().trim().min(1).max(2000), worked: workedSchema }).strict();
export type CorrectTimeEntryRequest = z.infer<typeof correctTimeEntryRequestSchema>;

export const timeEntryListSchema = z.object({ items: z.array(timeEntrySchema) });
export type TimeEntryList = z.infer<typeof timeEntryListSchema>;

/** The coordinator's change or correction: the original (now corrected) and the new confirmed entry. */
export const timeEntryCorrectionSchema = z.object({ original: timeEntrySchema, correction: timeEntrySchema });
export type TimeEntryCorrection = z.infer<typeof timeEntryCorrectionSchema>;

/** The coordinator's resolution: the contested entry as it is now, and for a change the new entry that corrects it. */
export const timeEntryResolutionResultSchema = z.object({ original: timeEntrySchema, correction: timeEntrySchema.nullable() });
export type TimeEntryResolutionResult = z.infer<typeof timeEntryResolutionResultSchema>;
