import { and, eq, gte, isNotNull, isNull, lte } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ChequeLedger, RecordChequePurchaseRequest } from '../../../contracts/cheques';
import { chequeExpiry } from '../../../domain/cheques/cheque-expiry';
import { parseCivilDate } from '../../../domain/time/civil-date';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, ruleRefused } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { organisers } from '../../platform/tenancy/schema';
import { chequePriceOn } from '../cheque-prices/cheque-price-decisions';
import { lockClientLedger } from './cheque-consumption';
import { loadChequeLedger } from './load-cheque-ledger';
import { chequePurchases } from './schema';

const reversals = alias(chequePurchases, 'reversals');

/** Refuses a paper range that overlaps a lot of the organiser that was not reversed; the caller holds the organiser's lock. */
const assertSerialsFree = async (tx: Transaction, organiserId: string, serialFrom: number, serialTo: number) => {
  const [overlap] = await tx
    .select({ id: chequePurchases.id, clientId: chequePurchases.clientId, serialFrom: chequePurchases.serialFrom, serialTo: chequePurchases.serialTo })
    .from(chequePurchases)
    .leftJoin(reversals, eq(reversals.reversesPurchaseId, chequePurchases.id))
    .where(
      and(
        eq(chequePurchases.organiserId, organiserId),
        isNull(chequePurchases.reversesPurchaseId),
        isNull(reversals.id),
        isNotNull(chequePurchases.serialFrom),
        lte(chequePurchases.serialFrom, serialTo),
        gte(chequePurchases.serialTo, serialFrom),
      ),
    )
    .limit(1);
  if (overlap) {
    throw new AppError('conflict', 'CHEQUE_SERIALS_OVERLAP', 'These serial numbers were already recorded', {
      purchaseId: overlap.id,
      serialFrom: overlap.serialFrom,
      serialTo: overlap.serialTo,
    });
  }
};

/**
 * Staff record a client's purchase: paper cheques by serial range (the count follows), or electronic cheques by
 * count. The lot's last valid day follows R13 from the purchase date, the price per cheque R9 on that date.
 */
export const recordChequePurchase = async (
  tx: Transaction,
  context: RequestContext,
  input: RecordChequePurchaseRequest & { clientId: string },
): Promise<ChequeLedger> => {
  const { organiserId } = context.actor;
  const { clientId, purchasedOn } = input;
  if (purchasedOn > civilDateOfInstant(context.now)) {
    throw new AppError('validation', 'VALIDATION_FAILED', 'A purchase date cannot be in the future', { field: 'purchasedOn' });
  }
  await lockClientLedger(tx, organiserId, clientId);
  const price = await chequePriceOn(tx, context, { date: purchasedOn });
  if (price.priceCents === null) {
    throw ruleRefused([{ code: 'CHEQUE_PRICE_NOT_DECIDED', rule: 'R9', details: { date: purchasedOn } }], 'No cheque price applies on the purchase date');
  }
  let serials: { serialFrom: number | null; serialTo: number | null; chequeCount: number };
  if (input.kind === 'paper') {
    // Serial ranges are unique across the organiser's clients: one lock on the organiser serialises the check.
    await tx.select({ id: organisers.id }).from(organisers).where(eq(organisers.id, organiserId)).for('no key update');
    await assertSerialsFree(tx, organiserId, input.serialFrom, input.serialTo);
    serials = { serialFrom: input.serialFrom, serialTo: input.serialTo, chequeCount: input.serialTo - input.serialFrom + 1 };
  } else {
    serials = { serialFrom: null, serialTo: null, chequeCount: input.chequeCount };
  }
  const expiry = chequeExpiry(parseCivilDate(purchasedOn));
  const [saved] = await tx
    .insert(chequePurchases)
    .values({
      organiserId,
      clientId,
      kind: input.kind,
      ...serials,
      purchasedOn,
      lastValidDate: expiry.lastValidDate,
      appliedExtensionId: expiry.appliedExtensionId,
      priceCents: price.priceCents,
      amountCents: price.priceCents * serials.chequeCount,
      recordedByAccountId: context.actor.accountId,
      recordedAt: context.now,
    })
    .returning({ id: chequePurchases.id });
  await recordAudit(tx, context, {
    action: 'cheques.purchase',
    entityType: 'client',
    entityId: clientId,
    changedFields: { purchaseId: saved?.id ?? null, kind: input.kind, ...serials, purchasedOn, lastValidDate: expiry.lastValidDate, priceCents: price.priceCents },
  });
  return loadChequeLedger(tx, context, { clientId });
};
