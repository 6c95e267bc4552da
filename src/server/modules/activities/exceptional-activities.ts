import { and, eq } from 'drizzle-orm';
import type { ClientActivities, DecideExceptionalActivityRequest, RequestExceptionalActivityRequest } from '../../../contracts/activities';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { findOrganiserClient, loadClientActivities } from './client-activities';
import { exceptionalActivities } from './schema';

/**
 * Records that an exceptional activity is asked of the VDAB for this client (R15). It gets its own code under its
 * main activity now, so the code a job request stores never changes when the VDAB approves it.
 */
export const requestExceptionalActivity = async (
  tx: Transaction,
  context: RequestContext,
  { clientId, mainActivity, labelNl, requestedOn }: RequestExceptionalActivityRequest & { clientId: string },
): Promise<ClientActivities> => {
  const { organiserId } = context.actor;
  await findOrganiserClient(tx, organiserId, clientId);
  const id = crypto.randomUUID();
  const activityCode = `${mainActivity}.exceptional_${id.slice(0, 8)}`;
  await tx.insert(exceptionalActivities).values({
    id,
    organiserId,
    clientId,
    activityCode,
    mainActivity,
    labelNl,
    requestedOn,
    recordedByAccountId: context.actor.accountId,
    createdAt: context.now,
  });
  await recordAudit(tx, context, { action: 'activities.exceptional.request', entityType: 'client', entityId: clientId, changedFields: { id, activityCode, labelNl } });
  return loadClientActivities(tx, context, { clientId });
};

/** The VDAB answered: approved (the activity joins this client's catalogue from that date) or refused. Once only. */
export const decideExceptionalActivity = async (
  tx: Transaction,
  context: RequestContext,
  { exceptionalId, status, decidedOn, vdabReference }: DecideExceptionalActivityRequest & { exceptionalId: string },
): Promise<ClientActivities> => {
  const { organiserId } = context.actor;
  const [row] = await tx
    .select()
    .from(exceptionalActivities)
    .where(and(eq(exceptionalActivities.organiserId, organiserId), eq(exceptionalActivities.id, exceptionalId)));
  if (!row) throw notFound('Exceptional activity');
  if (row.status !== 'requested') throw new AppError('conflict', 'INVALID_STATE', 'The VDAB already decided on this activity', { status: row.status });
  if (decidedOn < row.requestedOn) {
    throw new AppError('validation', 'VALIDATION_FAILED', 'The decision lies before the request', {
      issues: [{ path: 'body.decidedOn', message: 'DECISION_BEFORE_REQUEST' }],
    });
  }
  await tx.update(exceptionalActivities).set({ status, decidedOn, vdabReference }).where(eq(exceptionalActivities.id, exceptionalId));
  await recordAudit(tx, context, {
    action: `activities.exceptional.${status}`,
    entityType: 'client',
    entityId: row.clientId,
    changedFields: { id: exceptionalId, decidedOn, vdabReference },
  });
  return loadClientActivities(tx, context, { clientId: row.clientId });
};
