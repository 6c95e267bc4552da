import { and, eq, isNull } from 'drizzle-orm';
import type { ChequeLedger, CorrectChequePurchaseRequest } from '../../../contracts/cheques';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { lockClientLedger } from './cheque-consumption';
import { clientLots } from './client-lots';
import { loadChequeLedger } from './load-cheque-ledger';
import { chequePurchases } from './schema';

/**
 * A purchase recorded wrongly is reversed, never edited: a new row with the negative count and amount and the
 * reason, pointing to the original (decision 140). Refused once cheques of the lot were used; the right purchase is
 * then recorded anew.
 */
export const correctChequePurchase = async (
  tx: Transaction,
  context: RequestContext,
  { clientId, purchaseId, reason }: CorrectChequePurchaseRequest & { clientId: string; purchaseId: string },
): Promise<ChequeLedger> => {
  const { organiserId } = context.actor;
  await lockClientLedger(tx, organiserId, clientId);
  const [original] = await tx
    .select()
    .from(chequePurchases)
    .where(
      and(
        eq(chequePurchases.id, purchaseId),
        eq(chequePurchases.organiserId, organiserId),
        eq(chequePurchases.clientId, clientId),
        isNull(chequePurchases.reversesPurchaseId),
      ),
    );
  if (!original) throw notFound('Cheque purchase');
  const lot = (await clientLots(tx, { organiserId, clientId })).find((candidate) => candidate.id === purchaseId);
  if (lot?.reversal) throw new AppError('conflict', 'INVALID_STATE', 'This purchase was corrected already', { reversalId: lot.reversal.id });
  if ((lot?.used ?? 0) > 0) throw new AppError('conflict', 'INVALID_STATE', 'Cheques of this purchase were used; it cannot be reversed', { used: lot?.used ?? 0 });
  const [reversal] = await tx
    .insert(chequePurchases)
    .values({
      organiserId,
      clientId,
      kind: original.kind,
      serialFrom: original.serialFrom,
      serialTo: original.serialTo,
      chequeCount: -original.chequeCount,
      purchasedOn: original.purchasedOn,
      lastValidDate: original.lastValidDate,
      appliedExtensionId: original.appliedExtensionId,
      priceCents: original.priceCents,
      amountCents: -original.amountCents,
      reversesPurchaseId: original.id,
      reason,
      recordedByAccountId: context.actor.accountId,
      recordedAt: context.now,
    })
    .returning({ id: chequePurchases.id });
  await recordAudit(tx, context, {
    action: 'cheques.purchase.correct',
    entityType: 'client',
    entityId: clientId,
    changedFields: { purchaseId, reversalId: reversal?.id ?? null, reason },
  });
  return loadChequeLedger(tx, context, { clientId });
};
