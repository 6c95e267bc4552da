import { z } from 'zod';
import { civilDateOutputSchema, idSchema, int32Max, textSchema, versionSchema } from './common';
import { factorLineSchema } from './matching';
import { ruleReasonSchema } from './participants';

/**
 * An assignment's life: proposed to a participant (tentative), then planned when they accept, or declined; a planned
 * one ends, or is cancelled. A proposal the coordinator takes back is withdrawn.
 */
export const assignmentStatuses = ['proposed', 'declined', 'withdrawn', 'planned', 'ended', 'cancelled'] as const;

/** How the participant's answer to a proposal reached us. */
export const proposalAnswerChannels = ['portal', 'phone'] as const;

/** Where an assignment's one-way distance comes from: the postcode estimate (decision 050) or a staff entry. */
export const distanceSources = ['estimate', 'staff'] as const;

const reasonSchema = textSchema.trim().min(1).max(1000);
const metresSchema = z.number().int().min(0).max(1_000_000);

/**
 * A ranking line as the matching list hands it over with "Voorstellen"; kept with the proposal (why they were asked).
 * A value left empty (null) is left out: the OpenAPI document has no typed way to say "null" inside a union.
 */
const proposedFactorLineSchema = z
  .object({
    factor: z.enum(['distance', 'availability', 'remaining_hours', 'trajectory_time', 'continuity', 'fairness']),
    code: z.enum(['DISTANCE', 'DISTANCE_UNKNOWN', 'AVAILABILITY_FIT', 'REMAINING_HOURS', 'TRAJECTORY_TIME_LEFT', 'CONTINUITY', 'FAIRNESS']),
    points: z.number().int().min(0).max(1000),
    maxPoints: z.number().int().min(0).max(1000),
    details: z.record(z.string().max(60), z.union([textSchema.max(200), z.number().min(-int32Max).max(int32Max), z.boolean()])),
  })
  .strict();

export const createAssignmentRequestSchema = z
  .object({
    jobRequestId: idSchema,
    participantId: idSchema,
    /** The staff's one-way distance in metres; without it the postcode estimate is used (decision 050). */
    oneWayMetres: metresSchema.optional(),
    /** Only when the trip back differs; otherwise twice the one-way distance. */
    roundTripMetres: metresSchema.optional(),
    /** The coach who goes along; without it the participant's own coach, if any. */
    coachAccountId: idSchema.nullable().optional(),
    matchFactors: z.array(proposedFactorLineSchema).max(12).optional(),
  })
  .strict();
export type CreateAssignmentRequest = z.infer<typeof createAssignmentRequestSchema>;

export const versionOnlySchema = z.object({ version: versionSchema }).strict();
export const withReasonSchema = z.object({ version: versionSchema, reason: reasonSchema }).strict();

/** The coordinator writes down what the participant said on the phone. */
export const phoneAnswerRequestSchema = z.discriminatedUnion('answer', [
  z.object({ version: versionSchema, answer: z.literal('accepted') }).strict(),
  z.object({ version: versionSchema, answer: z.literal('declined'), reason: reasonSchema }).strict(),
]);

const slotSchema = z.object({ weekday: z.number().int(), startTime: z.string(), endTime: z.string() });

export const assignmentScheduleSchema = z.object({
  kind: z.enum(['one_off', 'weekly']),
  startDate: civilDateOutputSchema,
  endDate: civilDateOutputSchema.nullable(),
  slots: z.array(slotSchema),
  minutesPerSession: z.number().int(),
});

const personSchema = z.object({ id: idSchema, name: z.string() });
const placeSchema = z.object({ street: z.string(), postcode: z.string(), city: z.string() });

export const assignmentSchema = z.object({
  id: idSchema,
  status: z.enum(assignmentStatuses),
  version: z.number().int(),
  jobRequestId: idSchema,
  participant: personSchema,
  client: personSchema,
  activityCode: z.string(),
  place: placeSchema,
  schedule: assignmentScheduleSchema,
  oneWayMetres: z.number().int().nullable(),
  roundTripMetres: z.number().int().nullable(),
  distanceSource: z.enum(distanceSources),
  coach: personSchema.nullable(),
  matchFactors: z.array(factorLineSchema),
  proposedAt: z.iso.datetime({ offset: true }),
  answeredVia: z.enum(proposalAnswerChannels).nullable(),
  answeredAt: z.iso.datetime({ offset: true }).nullable(),
  statusReason: z.string().nullable(),
  /** For a proposal: the caps its sessions would break if accepted now (R4, R5); a warning, not a refusal. */
  planningWarnings: z.array(ruleReasonSchema),
});
export type Assignment = z.infer<typeof assignmentSchema>;

/** One visit on a date, in Brussels wall-clock time; `tentative` while the assignment is only proposed. */
export const plannedSessionSchema = z.object({
  assignmentId: idSchema,
  date: civilDateOutputSchema,
  startTime: z.string(),
  endTime: z.string(),
  tentative: z.boolean(),
  participant: personSchema,
  client: personSchema,
  activityCode: z.string(),
  place: placeSchema,
  roundTripMetres: z.number().int().nullable(),
});
export type PlannedSession = z.infer<typeof plannedSessionSchema>;

export const isoWeekSchema = z.string().regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, 'Use YYYY-Www');
export const planningWeekQuerySchema = z.object({ week: isoWeekSchema }).strict();

export const planningWeekSchema = z.object({
  week: z.string(),
  from: civilDateOutputSchema,
  to: civilDateOutputSchema,
  participants: z.array(z.object({ participant: personSchema, sessions: z.array(plannedSessionSchema) })),
});
export type PlanningWeek = z.infer<typeof planningWeekSchema>;

export const myPlanningSchema = z.object({
  from: civilDateOutputSchema,
  to: civilDateOutputSchema,
  proposals: z.array(assignmentSchema),
  sessions: z.array(plannedSessionSchema),
});
export type MyPlanning = z.infer<typeof myPlanningSchema>;

export const plannedVisitsSchema = z.object({ from: civilDateOutputSchema, to: civilDateOutputSchema, sessions: z.array(plannedSessionSchema) });
export type PlannedVisits = z.infer<typeof plannedVisitsSchema>;

/** The secret address is shown once, when it is made; afterwards only whether one is active. */
export const calendarFeedSchema = z.object({ active: z.boolean(), createdAt: z.iso.datetime({ offset: true }).nullable(), url: z.string().nullable() });
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;

export const icalTokenParamsSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/) }).strict();
