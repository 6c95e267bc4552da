import type { Transaction } from '../db/database';
import type { RequestContext } from '../http/request-context';
import { accessEvents } from './schema';

/** Whose sensitive data was opened, and which fields of it. */
export type AccessSubject = { type: string; id: string; fields: readonly string[] };

/** The access-log row for the actor opening sensitive data of a person. */
export const accessEventRow = (context: RequestContext, subject: AccessSubject): typeof accessEvents.$inferInsert => ({
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

/** Logs that the actor opened sensitive data of a person (which fields), in the request's transaction. */
export const recordAccess = async (tx: Transaction, context: RequestContext, subject: AccessSubject): Promise<void> => {
  if (subject.fields.length === 0) return;
  await tx.insert(accessEvents).values(accessEventRow(context, subject));
};
