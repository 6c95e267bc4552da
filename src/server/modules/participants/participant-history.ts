import { and, desc, eq } from 'drizzle-orm';
import type { ParticipantHistory } from '../../../contracts/participants';
import { accessEvents, auditEvents } from '../../platform/audit/schema';
import { accounts } from '../../platform/auth/schema';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { findVisibleParticipant } from './participant-access';

// The latest events are what people look for; a full export belongs to a report, not to the page.
const historyLimit = 200;

/** The record's audit trail and its access log, newest first. */
export const participantHistory = async (db: Executor, context: RequestContext, { participantId }: { participantId: string }): Promise<ParticipantHistory> => {
  await findVisibleParticipant(db, context.actor, participantId);
  const organiserId = context.actor.organiserId;
  const changes = await db
    .select({ action: auditEvents.action, actor: accounts.displayName, actorRole: auditEvents.actorRole, occurredAt: auditEvents.occurredAt })
    .from(auditEvents)
    .leftJoin(accounts, eq(accounts.id, auditEvents.actorAccountId))
    .where(and(eq(auditEvents.organiserId, organiserId), eq(auditEvents.entityType, 'participant'), eq(auditEvents.entityId, participantId)))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(historyLimit);
  const accesses = await db
    .select({ actor: accounts.displayName, actorRole: accessEvents.actorRole, fields: accessEvents.fields, occurredAt: accessEvents.occurredAt })
    .from(accessEvents)
    .leftJoin(accounts, eq(accounts.id, accessEvents.actorAccountId))
    .where(and(eq(accessEvents.organiserId, organiserId), eq(accessEvents.subjectType, 'participant'), eq(accessEvents.subjectId, participantId)))
    .orderBy(desc(accessEvents.occurredAt), desc(accessEvents.id))
    .limit(historyLimit);
  return {
    changes: changes.map((change) => ({ ...change, occurredAt: change.occurredAt.toISOString() })),
    accesses: accesses.map((access) => ({ ...access, occurredAt: access.occurredAt.toISOString() })),
  };
};
