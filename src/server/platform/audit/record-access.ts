import type { Transaction } from '../db/database';
import type { RequestContext } from '../http/request-context';
import { accessEvents } from './schema';

/** Logs that the actor opened sensitive data of a person (which fields), in the request's transaction. */
export const recordAccess = async (
  tx: Transaction,
  context: RequestContext,
  subject: { type: string; id: string; fields: readonly string[] },
): Promise<void> => {
  if (subject.fields.length === 0) return;
  await tx.insert(accessEvents).values({
    organiserId: context.actor.organiserId,
    actorAccountId: context.actor.accountId,
    actorRole: context.actor.role,
    subjectType: subject.type,
    subjectId: subject.id,
    fields: [...subject.fields],
    requestId: context.requestId,
    ip: context.ip,
    occurredAt: context.now,
  });
};
