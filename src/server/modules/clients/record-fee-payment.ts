import type { ClientDetail, RecordFeePaymentRequest } from '../../../contracts/clients';
import { registrationFeeFor } from '../../../domain/clients/registration-fee';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { findClient } from './client-access';
import { paymentsInForce } from './client-standing';
import { loadClientDetail } from './load-client-detail';
import { clientFeePayments } from './schema';

/**
 * Staff mark a year's registration fee paid (R17, decision 111). A record is never changed: a second word on the
 * same year is a correction naming the record in force, and the database keeps a record from being corrected twice.
 */
export const recordFeePayment = async (
  tx: Transaction,
  context: RequestContext,
  { clientId, year, paidOn, correctsPaymentId }: RecordFeePaymentRequest & { clientId: string },
): Promise<ClientDetail> => {
  const client = await findClient(tx, context.actor, clientId);
  const inForce = (await paymentsInForce(tx, context.actor.organiserId, clientId)).find((payment) => payment.year === year);
  if (inForce?.id !== correctsPaymentId) {
    throw new AppError('conflict', 'INVALID_STATE', inForce ? 'This year already has a payment record: correct that one' : 'There is no payment record to correct', {
      paymentId: inForce?.id ?? null,
    });
  }
  const fee = registrationFeeFor(client.clientNumber, year);
  const [saved] = await tx
    .insert(clientFeePayments)
    .values({
      organiserId: context.actor.organiserId,
      clientId,
      year,
      amountCents: fee.amountCents,
      structuredReference: fee.structuredReference,
      paidOn,
      correctsPaymentId: correctsPaymentId ?? null,
      recordedByAccountId: context.actor.accountId,
      recordedAt: context.now,
    })
    // Two staff recording the same year at once: the unique indexes let one in; the other is told to reload.
    .onConflictDoNothing()
    .returning({ id: clientFeePayments.id });
  if (!saved) throw new AppError('conflict', 'INVALID_STATE', 'Someone else recorded this payment just now: reload');
  await recordAudit(tx, context, {
    action: correctsPaymentId ? 'client.fee.correct' : 'client.fee.paid',
    entityType: 'client',
    entityId: clientId,
    changedFields: { paymentId: saved.id, year, paidOn, amountCents: fee.amountCents, correctsPaymentId: correctsPaymentId ?? null },
  });
  return loadClientDetail(tx, context, client);
};
