import { z } from 'zod';
import { civilDateOutputSchema, civilDateSchema, idSchema, textSchema, versionSchema } from './common';

export const trajectorySummarySchema = z.object({
  id: idSchema,
  startDate: civilDateOutputSchema,
  endDate: civilDateOutputSchema,
  status: z.enum(['active', 'ended']),
  monthNumber: z.number().int().nullable(),
  ofMonths: z.number().int().nullable(),
  monthsLeft: z.number().int().nullable(),
  nextEvaluationDate: civilDateOutputSchema.nullable(),
});

export const evaluationSchema = z.object({
  id: idSchema,
  heldOn: civilDateOutputSchema,
  outcome: z.enum(['continue', 'extend', 'end']),
  notes: z.string(),
  /** The counsellor whose evaluation it is (R5). */
  counsellor: z.string(),
  /** Who recorded it on the counsellor's behalf ("namens"), or null when the counsellor did. */
  recordedBy: z.string().nullable(),
});

export const trajectoryOutcomes = ['job_full_time', 'job_part_time', 'training', 'other_trajectory', 'werk_zorg', 'stopped'] as const;
export const trajectoryOutcomeSchema = z.enum(trajectoryOutcomes);

export const trajectoryDetailSchema = trajectorySummarySchema.extend({
  plannedEndDate: civilDateOutputSchema,
  extended: z.boolean(),
  pwaTransitional: z.boolean(),
  evaluationDueDates: z.array(civilDateOutputSchema),
  evaluations: z.array(evaluationSchema),
  outcome: trajectoryOutcomeSchema.nullable(),
  outcomeReason: z.string().nullable(),
  endedOn: civilDateOutputSchema.nullable(),
  version: versionSchema,
});

export const startTrajectoryRequestSchema = z.object({ startDate: civilDateSchema }).strict();

/**
 * The evaluation is the VDAB or OCMW counsellor's (R5): a counsellor records their own; a coordinator records one
 * on a counsellor's behalf and names them in `onBehalfOf`.
 */
export const recordEvaluationRequestSchema = z
  .object({
    version: versionSchema,
    heldOn: civilDateSchema,
    outcome: z.enum(['continue', 'extend', 'end']),
    notes: textSchema.trim().max(5000),
    onBehalfOf: z
      .object({ counsellorName: textSchema.trim().min(1).max(120) })
      .strict()
      .optional(),
  })
  .strict();

export const endTrajectoryRequestSchema = z
  .object({
    version: versionSchema,
    endedOn: civilDateSchema,
    outcome: trajectoryOutcomeSchema,
    outcomeReason: textSchema.trim().max(1000).optional(),
  })
  .strict()
  .refine((body) => body.outcome !== 'stopped' || (body.outcomeReason ?? '').length > 0, {
    message: 'A stopped trajectory needs a reason',
    path: ['outcomeReason'],
  });

export type StartTrajectoryRequest = z.infer<typeof startTrajectoryRequestSchema>;
export type TrajectoryDetail = z.infer<typeof trajectoryDetailSchema>;
export type TrajectorySummary = z.infer<typeof trajectorySummarySchema>;
export type RecordEvaluationRequest = z.infer<typeof recordEvaluationRequestSchema>;
export type EndTrajectoryRequest = z.infer<typeof endTrajectoryRequestSchema>;

/** R18: a participant's recorded interim (temp work) days and how many fall in the 28 days up to today. */
export const interimDaysSchema = z.object({
  participantId: idSchema,
  days: z.array(z.object({ id: idSchema, workedOn: civilDateOutputSchema })),
  daysInCurrentWindow: z.number().int(),
  maxDays: z.number().int(),
  periodDays: z.number().int(),
  /** The first day that made it one day too many (the right to wijk-werk ended), or null. */
  exceededOn: civilDateOutputSchema.nullable(),
});

export const recordInterimDayRequestSchema = z.object({ workedOn: civilDateSchema }).strict();
export const removeInterimDayRequestSchema = z.object({ reason: textSchema.trim().min(1).max(500) }).strict();

export type InterimDays = z.infer<typeof interimDaysSchema>;
export type RecordInterimDayRequest = z.infer<typeof recordInterimDayRequestSchema>;
export type RemoveInterimDayRequest = z.infer<typeof removeInterimDayRequestSchema>;
