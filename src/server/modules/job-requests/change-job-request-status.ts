import { and, eq, sql } from 'drizzle-orm';
import { jobRequestTransitions, type ChangeJobRequestStatusRequest, type JobRequestDetail, type JobRequestStatus } from '../../../contracts/job-requests';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, ruleRefused, versionConflict } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { activityLabels, activityRulesFor, checkRequestedActivity } from '../activities/activity-rules';
import { clientPlanningGate } from '../clients/client-standing';
import { findRequestClient } from './find-request-client';
import { findJobRequest, type JobRequestRow } from './job-request-access';
import { loadJobRequestDetail } from './load-job-request-detail';
import { notifyRequestContact } from './notify-request-contact';
import { jobRequests } from './schema';

/** R17 asks before a request goes to matching or is planned: recording it earlier is fine (decision 061). */
const gatedStatuses: readonly JobRequestStatus[] = ['matching', 'planned'];

/**
 * Before matching the activity is asked again (R15, R16): a request from the public form was never checked against
 * the client, and a municipality may have dropped the activity since the request was recorded.
 */
const assertActivityStillAllowed = async (tx: Transaction, organiserId: string, current: JobRequestRow) => {
  const client = await findRequestClient(tx, organiserId, current.clientId);
  if (current.placeMunicipalityId === null) {
    throw ruleRefused([{ code: 'PLACE_OUTSIDE_ORGANISER_AREA', rule: 'R15', details: { postcode: current.placePostcode } }], 'Work cannot be done at this place');
  }
  const rules = await activityRulesFor(tx, organiserId, client, current.placeMunicipalityId);
  const verdict = checkRequestedActivity(rules, client.category, current.activityCode, current.schedule.startDate);
  if (!verdict.allowed) throw ruleRefused(verdict.reasons, 'This activity is not allowed for this client or place');
};

/**
 * Moves a request along new -> matching -> planned -> active -> finished, or cancels it with a reason; every other
 * move is refused with JOB_REQUEST_TRANSITION_NOT_ALLOWED. Moving to matching or planned asks the client's R17 gate
 * for the year of the first session. Returns the updated row (for the assignments module's face too).
 */
export const moveJobRequest = async (
  tx: Transaction,
  context: RequestContext,
  current: JobRequestRow,
  { status, reason, version }: { status: JobRequestStatus; reason: string | null; version: number | null },
): Promise<JobRequestRow> => {
  const { organiserId } = context.actor;
  if (!jobRequestTransitions[current.status].includes(status)) {
    throw new AppError('conflict', 'JOB_REQUEST_TRANSITION_NOT_ALLOWED', `A request that is ${current.status} cannot become ${status}`, {
      from: current.status,
      to: status,
      allowed: [...jobRequestTransitions[current.status]],
    });
  }
  if (status === 'matching') await assertActivityStillAllowed(tx, organiserId, current);
  if (gatedStatuses.includes(status)) {
    const gate = await clientPlanningGate(tx, organiserId, current.clientId, Number(current.schedule.startDate.slice(0, 4)));
    if (!gate.allowed) throw ruleRefused(gate.reasons, 'The client’s agreement or this year’s fee is missing (R17)');
  }
  const [row] = await tx
    .update(jobRequests)
    .set({ status, statusReason: status === 'cancelled' ? reason : null, version: sql`${jobRequests.version} + 1`, updatedAt: context.now })
    .where(and(eq(jobRequests.id, current.id), eq(jobRequests.organiserId, organiserId), eq(jobRequests.version, version ?? current.version)))
    .returning();
  if (!row) throw versionConflict();
  await recordAudit(tx, context, {
    action: `job_request.${status}`,
    entityType: 'job_request',
    entityId: row.id,
    changedFields: { from: current.status, to: status, reason },
  });
  if (status === 'matching' || status === 'cancelled') {
    const activity = (await activityLabels(tx, organiserId, [row.activityCode])).get(row.activityCode) ?? row.activityCode;
    await notifyRequestContact(tx, context, organiserId, row, activity, status === 'cancelled' ? { event: 'cancelled', reason: reason ?? '' } : { event: 'matching' });
  }
  return row;
};

export const changeJobRequestStatus = async (
  tx: Transaction,
  context: RequestContext,
  { jobRequestId, ...change }: ChangeJobRequestStatusRequest & { jobRequestId: string },
): Promise<JobRequestDetail> => {
  const current = await findJobRequest(tx, context.actor, jobRequestId);
  return loadJobRequestDetail(tx, context, await moveJobRequest(tx, context, current, change));
};
