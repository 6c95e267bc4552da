import { and, eq, sql } from 'drizzle-orm';
import type { Incident, MarkIncidentReportedRequest } from '../../../contracts/incidents';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, versionConflict } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { findIncident } from './load-incident';
import { incidents } from './schema';

/** The coordinator reported an open incident to the VDAB: on which day, under which reference; they are named. */
export const markIncidentReported = async (
  tx: Transaction,
  context: RequestContext,
  { incidentId, version, reportedOn, vdabReference }: MarkIncidentReportedRequest & { incidentId: string },
): Promise<Incident> => {
  const current = await findIncident(tx, context, { incidentId });
  if (current.status !== 'open') throw new AppError('conflict', 'INVALID_STATE', 'The incident was already reported');
  if (reportedOn < current.occurredOn || reportedOn > civilDateOfInstant(context.now)) {
    throw new AppError('validation', 'VALIDATION_FAILED', 'The report date is between the incident and today', {
      issues: [{ path: 'body.reportedOn', message: 'out of range' }],
    });
  }
  const [updated] = await tx
    .update(incidents)
    .set({ status: 'reported', reportedOn, vdabReference, reportedBy: context.actor.accountId, version: sql`${incidents.version} + 1` })
    .where(and(eq(incidents.id, incidentId), eq(incidents.organiserId, context.actor.organiserId), eq(incidents.version, version)))
    .returning({ id: incidents.id });
  if (!updated) throw versionConflict();
  await recordAudit(tx, context, {
    action: 'incident.reported',
    entityType: 'incident',
    entityId: incidentId,
    changedFields: { status: 'reported', reportedOn, vdabReference, late: reportedOn > current.reportDeadline },
  });
  return findIncident(tx, context, { incidentId });
};
