import type { CreateJobRequestRequest, JobRequestDetail } from '../../../contracts/job-requests';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { checkJobRequest } from './check-job-request';
import { findRequestClient } from './find-request-client';
import { loadJobRequestDetail } from './load-job-request-detail';
import { jobRequests } from './schema';

/**
 * Staff record a klusje on behalf of a client, or a client contact asks for one in the portal (origin
 * `client_portal`, the same checks and reasons). R17 does not stop this: a request may wait for the agreement or the
 * fee; it is moving it to matching that asks the gate (decision 061).
 */
export const createJobRequest = async (
  tx: Transaction,
  context: RequestContext,
  input: CreateJobRequestRequest,
  origin: 'staff' | 'client_portal' = 'staff',
): Promise<JobRequestDetail> => {
  const { organiserId } = context.actor;
  const client = await findRequestClient(tx, organiserId, input.clientId);
  const checked = await checkJobRequest(tx, organiserId, client, input);
  const [row] = await tx
    .insert(jobRequests)
    .values({
      organiserId,
      clientId: client.id,
      activityCode: input.activityCode,
      description: input.description,
      placeStreet: checked.place.street,
      placePostcode: checked.place.postcode,
      placeCity: checked.place.city,
      placeMunicipalityId: checked.placeMunicipalityId,
      schedule: checked.schedule,
      origin,
      createdByAccountId: context.actor.accountId,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await recordAudit(tx, context, {
    action: 'job_request.create',
    entityType: 'job_request',
    entityId: row.id,
    changedFields: { clientId: client.id, activityCode: input.activityCode, scheduleKind: checked.schedule.kind },
  });
  return loadJobRequestDetail(tx, context, row);
};
