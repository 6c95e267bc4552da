import { z } from 'zod';
import { chequePriceOnSchema } from './cheque-prices';
import { civilDateOutputSchema, idSchema, instantSchema } from './common';
import { createJobRequestRequestSchema, jobRequestDetailSchema, jobRequestOrigins, jobRequestStatusSchema } from './job-requests';
import { ruleReasonSchema } from './participants';

/**
 * "Klusje aanvragen" in the client portal: the staff form's fields; the client is the contact's own (the first one
 * it is contact of when it names none), never one it only knows the id of.
 */
export const createOwnJobRequestRequestSchema = createJobRequestRequestSchema.extend({ clientId: idSchema.optional() }).strict();
export type CreateOwnJobRequestRequest = z.infer<typeof createOwnJobRequestRequestSchema>;

/** One request as the client sees it: no staff moves or versions, the reason when cancelled, R17 in plain reasons. */
export const ownJobRequestSchema = jobRequestDetailSchema.pick({
  id: true,
  client: true,
  activity: true,
  description: true,
  place: true,
  schedule: true,
  status: true,
  statusReason: true,
  origin: true,
  planning: true,
  createdAt: true,
});
export type OwnJobRequest = z.infer<typeof ownJobRequestSchema>;

export const ownJobRequestSummarySchema = z.object({
  id: idSchema,
  activity: z.object({ code: z.string(), label: z.string() }),
  placeCity: z.string(),
  startDate: civilDateOutputSchema,
  scheduleKind: z.enum(['one_off', 'weekly']),
  status: jobRequestStatusSchema,
  statusReason: z.string().nullable(),
  origin: z.enum(jobRequestOrigins),
  createdAt: instantSchema,
});

/** "Mijn aanvragen": the newest requests of the contact's clients, and whether work may be planned this year (R17). */
export const ownJobRequestsSchema = z.object({
  items: z.array(ownJobRequestSummarySchema),
  standing: z.object({ year: z.number().int(), allowed: z.boolean(), reasons: z.array(ruleReasonSchema) }).nullable(),
});
export type OwnJobRequests = z.infer<typeof ownJobRequestsSchema>;

/** The cheque price today, with the client's category so the page knows whether the tax reduction applies. */
export const portalChequePriceSchema = chequePriceOnSchema.extend({ privatePerson: z.boolean() });
export type PortalChequePrice = z.infer<typeof portalChequePriceSchema>;

/** "Geplande bezoeken": each planned assignment with the wijk-werker's first name and its next sessions. */
export const plannedVisitSchema = z.object({
  assignmentId: idSchema,
  jobRequestId: idSchema,
  activity: z.object({ code: z.string(), label: z.string() }),
  workerFirstName: z.string(),
  place: z.object({ street: z.string(), postcode: z.string(), city: z.string() }),
  sessions: z.array(z.object({ date: civilDateOutputSchema, startTime: z.string(), endTime: z.string() })),
});
export const plannedVisitsSchema = z.object({ from: civilDateOutputSchema, to: civilDateOutputSchema, visits: z.array(plannedVisitSchema) });
export type PlannedVisits = z.infer<typeof plannedVisitsSchema>;
