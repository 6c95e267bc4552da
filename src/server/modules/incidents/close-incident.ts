import { and, eq, sql } from 'drizzle-orm';
import type { CloseIncidentRequest, Incident } from '../../../contracts/incidents';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, versionConflict } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { findIncident } from './load-incident';
import { incidents } from './schema';

/** Closes an incident once it was reported to the VDAB. */
export const closeIncident = async (
  tx: Transaction,
  context: RequestContext,
  { incidentId, version }: CloseIncidentRequest & { incidentId: string },
): Promise<Incident> => {
  const current = await findIncident(tx, context, { incidentId });
  if (current.status !== 'reported') throw new AppError('conflict', 'INVALID_STATE', 'Only an incident reported to the VDAB can be closed');
  const [updated] = await tx
    .update(incidents)
    .set({ status: 'closed', closedAt: context.now, version: sql`${incidents.version} + 1` })
    .where(and(eq(incidents.id, incidentId), eq(incidents.organiserId, context.actor.organiserId), eq(incidents.version, version)))
    .returning({ id: incidents.id });
  if (!updated) throw versionConflict();
  await recordAudit(tx, context, { action: 'incident.closed', entityType: 'incident', entityId: incidentId, changedFields: { status: 'closed' } });
  return findIncident(tx, context, { incidentId });
};
