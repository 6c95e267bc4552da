import type { Transaction } from '../db/database';
import type { AnonymousContext, RequestContext } from '../http/request-context';
import { auditEvents } from './schema';

type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  changedFields?: Record<string, unknown>;
};

/** Writes the audit row inside the caller's transaction, so the change and its trail commit or fail together. */
export const recordAudit = async (tx: Transaction, context: RequestContext, entry: AuditEntry): Promise<void> => {
  await tx.insert(auditEvents).values({
    organiserId: context.actor.organiserId,
    actorAccountId: context.actor.accountId,
    actorRole: context.actor.role,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changedFields: entry.changedFields ?? {},
    requestId: context.requestId,
    ip: context.ip,
    occurredAt: context.now,
  });
};

/**
 * The same for a public form (no login: a registration, a signature by link): no actor account, the role `public`,
 * the organiser the form was for.
 */
export const recordPublicAudit = async (tx: Transaction, context: AnonymousContext & { organiserId: string }, entry: AuditEntry): Promise<void> => {
  await tx.insert(auditEvents).values({
    organiserId: context.organiserId,
    actorAccountId: null,
    actorRole: 'public',
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changedFields: entry.changedFields ?? {},
    requestId: context.requestId,
    ip: context.ip,
    occurredAt: context.now,
  });
};

/** A scheduled job changing an organiser's data on its own (an automatic confirmation, an expiry): no person acted. */
export type JobAuditContext = { readonly organiserId: string; readonly jobId: string; readonly now: Date };

/** The same for a job: role `system`, the job's id where a request's id would be. */
export const recordJobAudit = async (tx: Transaction, context: JobAuditContext, entry: AuditEntry): Promise<void> => {
  await tx.insert(auditEvents).values({
    organiserId: context.organiserId,
    actorAccountId: null,
    actorRole: 'system',
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changedFields: entry.changedFields ?? {},
    requestId: `job:${context.jobId}`,
    ip: '',
    occurredAt: context.now,
  });
};

/** For a change that a person (in a request) or a job may make: the one audit row either way. */
export const recordChangeAudit = (tx: Transaction, context: RequestContext | JobAuditContext, entry: AuditEntry): Promise<void> =>
  'actor' in context ? recordAudit(tx, context, entry) : recordJobAudit(tx, context, entry);
