import { z } from 'zod';
import { civilDateOutputSchema, civilDateSchema, idSchema, timeOfDaySchema } from './common';

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

/**
 * Hours to register for one assignment on a date: a start and end (Brussels wall clock, same day) or a duration in
 * minutes, never both.
 */
export const registerTimeEntryRequestSchema = z
  .object({
    assignmentId: idSchema,
    workDate: civilDateSchema,
    startTime: timeOfDaySchema.optional(),
    endTime: timeOfDaySchema.optional(),
    minutes: z.number().int().min(1).max(1440).optional(),
  })
  .strict()
  .refine((body) => (body.minutes === undefined) === (body.startTime !== undefined && body.endTime !== undefined), {
    message: 'Give a start and end time, or a duration in minutes',
    path: ['minutes'],
  })
  .refine((body) => (body.startTime === undefined) === (body.endTime === undefined), { message: 'Give both a start and an end time', path: ['endTime'] });
export type RegisterTimeEntryRequest = z.infer<typeof registerTimeEntryRequestSchema>;

/** The entries of one calendar month, `YYYY-MM`. */
export const timeEntryMonthQuerySchema = z.object({ month: z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, 'Use YYYY-MM') }).strict();

export const timeEntryListSchema = z.object({ month: z.string(), entries: z.array(timeEntrySchema) });

const capCounterSchema = z.object({
  usedHours: z.number().int(),
  capHours: z.number().int(),
  remainingHours: z.number().int(),
  percentUsed: z.number().int(),
  nearCap: z.boolean(),
});

const reasonSchema = z.object({
  code: z.string(),
  /** The rule of docs/RULES.md, or null for a refusal that is not a scheme rule (a date in the future, an overlap). */
  rule: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).optional(),
});

/** This month x of 60 h, this year x of 630 h, trajectory month n of 12 and what may still be registered (R4, R5). */
export const hoursCountersSchema = z.object({
  date: civilDateOutputSchema,
  month: capCounterSchema,
  year: capCounterSchema,
  remainingHours: z.number().int(),
  trajectory: z
    .object({
      regime: z.enum(['normal', 'pwa_transitional']),
      monthNumber: z.number().int(),
      ofMonths: z.number().int().nullable(),
      endDate: civilDateOutputSchema,
      nextEvaluationDate: civilDateOutputSchema.nullable(),
    })
    .nullable(),
  warnings: z.array(reasonSchema),
});
export type HoursCountersOutput = z.infer<typeof hoursCountersSchema>;

/** What saving would do, before saving: every refusal, and the counters of the work date with and without it. */
export const timeEntryCheckSchema = z.object({
  accepted: z.boolean(),
  minutes: z.number().int().nullable(),
  countedHours: z.number().int().nullable(),
  refusals: z.array(reasonSchema),
  counters: hoursCountersSchema.nullable(),
});
export type TimeEntryCheck = z.infer<typeof timeEntryCheckSchema>;

/** The counters, or null while the participant has no trajectory. */
export const hoursCountersResponseSchema = z.object({ counters: hoursCountersSchema.nullable() });

export const hoursCountersQuerySchema = z.object({ date: civilDateSchema.optional() }).strict();

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

/** A client contact's entries to answer and recently answered. */
export const answerableTimeEntriesSchema = z.object({ items: z.array(timeEntrySchema) });
export type AnswerableTimeEntries = z.infer<typeof answerableTimeEntriesSchema>;

/** The coordinator's change or correction: the original (now corrected) and the new confirmed entry. */
export const timeEntryCorrectionSchema = z.object({ original: timeEntrySchema, correction: timeEntrySchema });
export type TimeEntryCorrection = z.infer<typeof timeEntryCorrectionSchema>;

/** The coordinator's resolution: the contested entry as it is now, and for a change the new entry that corrects it. */
export const timeEntryResolutionResultSchema = z.object({ original: timeEntrySchema, correction: timeEntrySchema.nullable() });
export type TimeEntryResolutionResult = z.infer<typeof timeEntryResolutionResultSchema>;
