import { z } from 'zod';
import { civilDateOutputSchema, civilDateSchema, idSchema } from './common';

export const chequePriceDecisionSchema = z.object({
  id: idSchema,
  priceCents: z.number().int(),
  decidedOn: civilDateOutputSchema,
  /** R9: 1 January of the year after the decision. */
  effectiveFrom: civilDateOutputSchema,
  /** A later decision took effect before or on this one's date, so this one never applied (decision 115). */
  replaced: z.boolean(),
});

export const chequePriceDecisionsSchema = z.object({ decisions: z.array(chequePriceDecisionSchema) });
export type ChequePriceDecisions = z.infer<typeof chequePriceDecisionsSchema>;

export const recordChequePriceDecisionRequestSchema = z.object({ priceCents: z.number().int().min(0).max(10_000), decidedOn: civilDateSchema }).strict();
export type RecordChequePriceDecisionRequest = z.infer<typeof recordChequePriceDecisionRequestSchema>;

export const chequePriceQuerySchema = z.object({ date: civilDateSchema }).strict();

/** The price that applies on a date; null when no decision has taken effect yet. */
export const chequePriceOnSchema = z.object({ date: civilDateOutputSchema, priceCents: z.number().int().nullable(), decidedOn: civilDateOutputSchema.nullable() });
export type ChequePriceOn = z.infer<typeof chequePriceOnSchema>;
