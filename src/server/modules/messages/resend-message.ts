import { and, eq, inArray } from 'drizzle-orm';
import type { Message } from '../../../contracts/messages';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { enqueueDelivery } from './enqueue-delivery';
import { canResend, findOrganiserMessage, presentMessage } from './message-repository';
import { messages } from './schema';

/**
 * Queues a failed or unsent message again with a new delivery job (decision 038). It keeps its Message-ID: if an
 * earlier try did arrive after all, the receiver sees the same message, not a second one.
 */
export const resendMessage = async (tx: Transaction, context: RequestContext, { messageId }: { messageId: string }): Promise<Message> => {
  const found = await findOrganiserMessage(tx, context.actor.organiserId, messageId);
  if (!canResend(found)) throw new AppError('conflict', 'INVALID_STATE', 'Only a failed or unsent message can be sent again');
  const [row] = await tx
    .update(messages)
    .set({ status: 'queued', attempts: 0, lastError: null })
    .where(and(eq(messages.id, messageId), inArray(messages.status, ['failed', 'not_sent_no_transport'])))
    .returning();
  if (!row) throw new AppError('conflict', 'INVALID_STATE', 'Only a failed or unsent message can be sent again');
  await enqueueDelivery(tx, row.organiserId, row.id);
  await recordAudit(tx, context, { action: 'message.resend', entityType: 'message', entityId: row.id, changedFields: { status: { from: found.status, to: 'queued' } } });
  return presentMessage(row);
};
