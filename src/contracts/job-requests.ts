import { z } from 'zod';
import { clientCategorySchema } from './clients';
import { civilDateOutputSchema, civilDateSchema, emailSchema, idSchema, instantSchema, textSchema, timeOfDaySchema, versionSchema } from './common';
import { listQuerySchema, pageSchema } from './pagination';
import { addressFieldsSchema, ruleReasonSchema } from './participants';

/** A job request's life (issue 10): a coordinator takes a new one into matching; planning it makes it planned. */
export const jobRequestStatuses = ['new', 'matching', 'planned', 'active', 'finished', 'cancelled'] as const;

/** Where a request came from: staff on the phone or at the desk, the client portal, the public form. */
export const jobRequestOrigins = ['staff', 'client_portal', 'public_form'] as const;

export const jobRequestStatusSchema = z.enum(jobRequestStatuses);
export type JobRequestStatus = z.infer<typeof jobRequestStatusSchema>;

/**
 * The moves a request may make (issue 10). Planned comes from the assignments module when an assignment is planned;
 * a coordinator may also record it by hand. Finished and cancelled are the end.
 */
export const jobRequestTransitions: Readonly<Record<JobRequestStatus, readonly JobRequestStatus[]>> = {
  new: ['matching', 'cancelled'],
  matching: ['planned', 'cancelled'],
  planned: ['active', 'cancelled'],
  active: ['finished', 'cancelled'],
  finished: [],
  cancelled: [],
};

/** A request may be changed while nobody works on it yet. */
export const editableJobRequestStatuses: readonly JobRequestStatus[] = ['new', 'matching'];

const scheduleSlotInputSchema = z.object({ weekday: z.number().int().min(1).max(7), startTime: timeOfDaySchema, endTime: timeOfDaySchema }).strict();

/** The schedule as the form sends it; the domain checks the rest (decision 052) and names the field of each fault. */
export const jobScheduleInputSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('one_off'),
      date: civilDateSchema,
      startTime: timeOfDaySchema,
      endTime: timeOfDaySchema,
      minutesPerSession: z.number().int().min(1).max(1440),
    })
    .strict(),
  z
    .object({
      kind: z.literal('weekly'),
      slots: z.array(scheduleSlotInputSchema).min(1).max(14),
      startDate: civilDateSchema,
      endDate: civilDateSchema.nullable(),
      minutesPerSession: z.number().int().min(1).max(1440),
    })
    .strict(),
]);
export type JobScheduleInputBody = z.infer<typeof jobScheduleInputSchema>;

const jobRequestFields = {
  activityCode: textSchema.trim().min(1).max(80),
  description: textSchema.trim().min(1).max(2000),
  /** Where the work is done; null: at the client's address. */
  place: addressFieldsSchema.nullable(),
  schedule: jobScheduleInputSchema,
};

export const createJobRequestRequestSchema = z.object({ clientId: idSchema, ...jobRequestFields }).strict();
export type CreateJobRequestRequest = z.infer<typeof createJobRequestRequestSchema>;

export const updateJobRequestRequestSchema = z.object({ version: versionSchema, ...jobRequestFields }).strict();
export type UpdateJobRequestRequest = z.infer<typeof updateJobRequestRequestSchema>;

/** Move a request on; cancelling needs the reason the client is told. */
export const changeJobRequestStatusRequestSchema = z
  .object({ version: versionSchema, status: jobRequestStatusSchema, reason: textSchema.trim().min(1).max(500).nullable() })
  .strict()
  .refine((change) => change.status !== 'cancelled' || change.reason !== null, { message: 'CANCEL_REASON_REQUIRED', path: ['reason'] });
export type ChangeJobRequestStatusRequest = z.infer<typeof changeJobRequestStatusRequestSchema>;

const scheduleSlotSchema = z.object({ weekday: z.number().int(), startTime: z.string(), endTime: z.string() });

export const jobRequestDetailSchema = z.object({
  id: idSchema,
  client: z.object({ id: idSchema, name: z.string(), clientNumber: z.number().int(), category: clientCategorySchema }),
  activity: z.object({ code: z.string(), label: z.string() }),
  description: z.string(),
  place: z.object({ street: z.string(), postcode: z.string(), city: z.string() }),
  placeIsClientAddress: z.boolean(),
  municipality: z.object({ id: idSchema, name: z.string() }).nullable(),
  schedule: z.object({
    kind: z.enum(['one_off', 'weekly']),
    startDate: civilDateOutputSchema,
    endDate: civilDateOutputSchema.nullable(),
    slots: z.array(scheduleSlotSchema),
    minutesPerSession: z.number().int(),
  }),
  /** The public form's timing in the client's words, for the coordinator to turn into the schedule. */
  wishedTiming: z.string().nullable(),
  status: jobRequestStatusSchema,
  statusReason: z.string().nullable(),
  origin: z.enum(jobRequestOrigins),
  /** The moves the status may make now. */
  nextStatuses: z.array(jobRequestStatusSchema),
  /** R17 for the year of the first session: whether the request may go to matching and planning. */
  planning: z.object({ year: z.number().int(), allowed: z.boolean(), reasons: z.array(ruleReasonSchema) }),
  createdAt: instantSchema,
  version: versionSchema,
});
export type JobRequestDetail = z.infer<typeof jobRequestDetailSchema>;

export const jobRequestSummarySchema = z.object({
  id: idSchema,
  client: z.object({ id: idSchema, name: z.string() }),
  activity: z.object({ code: z.string(), label: z.string() }),
  placeCity: z.string(),
  startDate: civilDateOutputSchema,
  scheduleKind: z.enum(['one_off', 'weekly']),
  status: jobRequestStatusSchema,
  origin: z.enum(jobRequestOrigins),
  createdAt: instantSchema,
});
export type JobRequestSummary = z.infer<typeof jobRequestSummarySchema>;

/** Newest first; filters by status, client, activity; the cursor is the last row's (created at, id). */
export const listJobRequestsQuerySchema = listQuerySchema(z.tuple([instantSchema, idSchema]))
  .omit({ q: true })
  .extend({ status: jobRequestStatusSchema.optional(), clientId: idSchema.optional(), activityCode: textSchema.max(80).optional() })
  .strict();
export type ListJobRequestsQuery = z.infer<typeof listJobRequestsQuerySchema>;
export const jobRequestPageSchema = pageSchema(jobRequestSummarySchema);

/** The public "Klusje aanvragen" form: a registered client names itself by a contact's e-mail and its client number. */
export const publicJobRequestRequestSchema = z
  .object({
    organiserSlug: textSchema.max(80),
    email: emailSchema,
    clientNumber: z.number().int().min(1).max(999_999),
    activityCode: textSchema.trim().min(1).max(80),
    description: textSchema.trim().min(1).max(2000),
    place: addressFieldsSchema.nullable(),
    /** In the client's own words: when it suits (the coordinator turns it into a schedule). */
    wishedTiming: textSchema.trim().min(1).max(500),
    wishedDate: civilDateSchema,
  })
  .strict();
export type PublicJobRequestRequest = z.infer<typeof publicJobRequestRequestSchema>;
