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
