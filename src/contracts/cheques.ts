import { z } from 'zod';
import { civilDateOutputSchema, civilDateSchema, idSchema, instantSchema, textSchema } from './common';

export const chequeKinds = ['paper', 'electronic'] as const;

// Serial numbers of paper cheques as printed; a purchase holds at most a few thousand cheques.
const serialSchema = z.number().int().min(1).max(2_000_000_000);
const maxChequesPerPurchase = 5_000;

export const recordChequePurchaseRequestSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('paper'), purchasedOn: civilDateSchema, serialFrom: serialSchema, serialTo: serialSchema })
    .strict()
    .refine((body) => body.serialTo >= body.serialFrom && body.serialTo - body.serialFrom < maxChequesPerPurchase, {
      message: 'The last serial number must follow the first, at most 5000 cheques',
      path: ['serialTo'],
    }),
  z.object({ kind: z.literal('electronic'), purchasedOn: civilDateSchema, chequeCount: z.number().int().min(1).max(maxChequesPerPurchase) }).strict(),
]);
export type RecordChequePurchaseRequest = z.infer<typeof recordChequePurchaseRequestSchema>;

export const correctChequePurchaseRequestSchema = z.object({ reason: textSchema.trim().min(3).max(500) }).strict();
export type CorrectChequePurchaseRequest = z.infer<typeof correctChequePurchaseRequestSchema>;

export const chequeLotStatuses = ['valid', 'expired', 'used_up', 'reversed'] as const;

export const chequeLotSchema = z.object({
  id: idSchema,
  kind: z.enum(chequeKinds),
  serialFrom: z.number().int().nullable(),
  serialTo: z.number().int().nullable(),
  chequeCount: z.number().int(),
  remaining: z.number().int(),
  purchasedOn: civilDateOutputSchema,
  lastValidDate: civilDateOutputSchema,
  /** R13: the exceptional extension that set the last valid day, if any. */
  appliedExtensionId: z.string().nullable(),
  priceCents: z.number().int(),
  amountCents: z.number().int(),
  status: z.enum(chequeLotStatuses),
  /** Remaining cheques that expire within 60 days. */
  expiringSoon: z.boolean(),
  reversal: z.object({ id: idSchema, reason: z.string(), recordedAt: instantSchema }).nullable(),
});

export const chequeConsumptionSchema = z.object({
  id: idSchema,
  timeEntryId: idSchema,
  workDate: civilDateOutputSchema,
  chequesNeeded: z.number().int(),
  chequesCovered: z.number().int(),
  uncoveredCount: z.number().int(),
  released: z.boolean(),
  releaseReason: z.string().nullable(),
});

export const chequeLedgerSchema = z.object({
  clientId: idSchema,
  today: civilDateOutputSchema,
  /** Cheques still valid today. */
  balance: z.number().int(),
  /** Of the balance, what expires within 60 days. */
  expiringWithin60Days: z.number().int(),
  lots: z.array(chequeLotSchema),
  consumptions: z.array(chequeConsumptionSchema),
  /** Hours (cheques) of confirmed entries that no cheque covered. */
  uncoveredHours: z.number().int(),
  /** Cheques the planned sessions of the coming 4 weeks need (R8 per session). */
  plannedChequesNext4Weeks: z.number().int(),
  /** True when the balance will not cover them. */
  shortfallWarning: z.boolean(),
});
export type ChequeLedger = z.infer<typeof chequeLedgerSchema>;

export const uncoveredChequesSchema = z.object({
  items: z.array(
    z.object({
      consumptionId: idSchema,
      clientId: idSchema,
      clientName: z.string(),
      timeEntryId: idSchema,
      workDate: civilDateOutputSchema,
      uncoveredCount: z.number().int(),
    }),
  ),
});
export type UncoveredCheques = z.infer<typeof uncoveredChequesSchema>;
