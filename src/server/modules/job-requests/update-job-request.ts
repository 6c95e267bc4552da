import { and, eq, sql } from 'drizzle-orm';
import { editableJobRequestStatuses, type JobRequestDetail, type UpdateJobRequestRequest } from '../../../contracts/job-requests';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, versionConflict } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { checkJobRequest } from './check-job-request';
import { findRequestClient } from './find-request-client';
import { findJobRequest } from './job-request-access';
import { loadJobRequestDetail } from './load-job-request-detail';
import { jobRequests } from './schema';

/** Changes a request while it is new or in matching, with the same checks as a new one; planned work is not moved. */
export const updateJobRequest = async (
  tx: Transaction,
  context: RequestContext,
  { jobRequestId, version, ...input }: UpdateJobRequestRequest & { jobRequestId: string },
): Promise<JobRequestDetail> => {
  const { organiserId } = context.actor;
  const current = await findJobRequest(tx, context.actor, jobRequestId);
  if (!editableJobRequestStatuses.includes(current.status)) {
    throw new AppError('conflict', 'INVALID_STATE', 'Only a new request or one in matching can be changed', { status: current.status });
  }
  const client = await findRequestClient(tx, organiserId, current.clientId);
  const checked = await checkJobRequest(tx, organiserId, client, input);
  const [row] = await tx
    .update(jobRequests)
    .set({
      activityCode: input.activityCode,
      description: input.description,
      placeStreet: checked.place.street,
      placePostcode: checked.place.postcode,
      placeCity: checked.place.city,
      placeMunicipalityId: checked.placeMunicipalityId,
      schedule: checked.schedule,
      version: sql`${jobRequests.version} + 1`,
      updatedAt: context.now,
    })
    .where(and(eq(jobRequests.id, jobRequestId), eq(jobRequests.organiserId, organiserId), eq(jobRequests.version, version)))
    .returning();
  if (!row) throw versionConflict();
  await recordAudit(tx, context, {
    action: 'job_request.update',
    entityType: 'job_request',
    entityId: row.id,
    changedFields: { activityCode: input.activityCode, scheduleKind: checked.schedule.kind, placePostcode: checked.place.postcode },
  });
  return loadJobRequestDetail(tx, context, row);
};
