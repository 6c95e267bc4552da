import type { Transaction } from '../../platform/db/database';
import { enqueueJob } from '../../platform/jobs/enqueue-job';
import { deliverMessageKind } from './deliver-message-job';

/** The delivery job of one message, in the caller's transaction; the dedupe key keeps a double resend to one job. */
export const enqueueDelivery = async (tx: Transaction, organiserId: string, messageId: string): Promise<void> => {
  await enqueueJob(tx, { kind: deliverMessageKind, payload: { messageId }, organiserId, dedupeKey: `${deliverMessageKind}:${messageId}` });
};
