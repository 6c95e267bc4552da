import { z } from 'zod';
import { civilDateOutputSchema, idSchema } from './common';
import { ruleReasonSchema } from './participants';

/** One "why here" line of the ranking (decision 051): a factor, its stable code, its points and the values. */
export const factorLineSchema = z.object({
  factor: z.enum(['distance', 'availability', 'remaining_hours', 'trajectory_time', 'continuity', 'fairness']),
  code: z.enum(['DISTANCE', 'DISTANCE_UNKNOWN', 'AVAILABILITY_FIT', 'REMAINING_HOURS', 'TRAJECTORY_TIME_LEFT', 'CONTINUITY', 'FAIRNESS']),
  points: z.number().int(),
  maxPoints: z.number().int(),
  details: z.record(z.string(), z.unknown()),
});
export type FactorLineView = z.infer<typeof factorLineSchema>;

/** Why a participant is not proposed; `rule` is null for their own limits (distance, availability). */
export const exclusionReasonSchema = z.object({ code: z.string(), rule: z.string().nullable(), details: z.record(z.string(), z.unknown()).optional() });
export type ExclusionReasonView = z.infer<typeof exclusionReasonSchema>;

const candidatePersonSchema = z.object({ participantId: idSchema, name: z.string(), city: z.string() });

export const rankedCandidateSchema = candidatePersonSchema.extend({
  rank: z.number().int(),
  score: z.number().int(),
  maxScore: z.number().int(),
  /** The one-way distance the ranking used: a staff entry or the postcode estimate; null when unknown. */
  distance: z.object({ oneWayMetres: z.number().int(), roundTripMetres: z.number().int(), source: z.enum(['staff', 'estimate']) }).nullable(),
  /** Hours of proposals not yet accepted in the first session's month: they do not count for the caps yet (R4). */
  tentativeHoursInMonth: z.number().int(),
  /** An open proposal or planned assignment for this request exists already. */
  alreadyProposed: z.boolean(),
  factors: z.array(factorLineSchema),
});
export type RankedCandidateView = z.infer<typeof rankedCandidateSchema>;

export const excludedCandidateSchema = candidatePersonSchema.extend({ reasons: z.array(exclusionReasonSchema) });
export type ExcludedCandidateView = z.infer<typeof excludedCandidateSchema>;

/** How many excluded participants have a reason (one participant counts for each of its reasons). */
const exclusionCountSchema = z.object({ code: z.string(), rule: z.string().nullable(), count: z.number().int() });

/** Page size of the excluded participants listed one by one with their reasons (decision 150). */
export const EXCLUDED_PAGE_SIZE = 50;

/** `excludedOffset`: where the page of excluded participants starts. */
export const candidatesQuerySchema = z.object({ excludedOffset: z.coerce.number().int().min(0).max(1_000_000).default(0) }).strict();
export type CandidatesQuery = z.infer<typeof candidatesQuerySchema>;

const matchedRequestSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  clientName: z.string(),
  activityCode: z.string(),
  placeStreet: z.string(),
  placePostcode: z.string(),
  placeCity: z.string(),
});

/**
 * A job request's candidates: ranked with the excluded ones and their reasons; or, when the client may not be
 * planned (R17) or the work itself is not allowed (R1, R15, R16), only those reasons.
 */
export const candidatesResponseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ranked'),
    jobRequest: matchedRequestSchema,
    firstSessionDate: civilDateOutputSchema,
    sessionHours: z.number().int(),
    ranked: z.array(rankedCandidateSchema),
    /** Every excluded participant, however found out (decision 150). */
    excludedTotal: z.number().int(),
    excludedCounts: z.array(exclusionCountSchema),
    /**
     * One page, by name, of the participants who chose the activity but cannot take it, each with every reason; the
     * others (activity not chosen, no or an ended trajectory, beyond their km) are only counted.
     */
    excluded: z.array(excludedCandidateSchema),
    excludedListed: z.object({ offset: z.number().int(), limit: z.number().int(), total: z.number().int() }),
  }),
  z.object({ status: z.literal('client_not_in_good_standing'), jobRequest: matchedRequestSchema, reasons: z.array(ruleReasonSchema) }),
  z.object({ status: z.literal('request_refused'), jobRequest: matchedRequestSchema, reasons: z.array(ruleReasonSchema) }),
]);
export type CandidatesResponse = z.infer<typeof candidatesResponseSchema>;

/** Staff's one-way distance for a participant's home and this request's place, replacing the estimate (whole metres). */
export const setCandidateDistanceRequestSchema = z.object({ oneWayMetres: z.number().int().min(0).max(300_000) }).strict();
export type SetCandidateDistanceRequest = z.infer<typeof setCandidateDistanceRequestSchema>;
