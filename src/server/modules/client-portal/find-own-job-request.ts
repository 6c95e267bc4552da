import type { OwnJobRequest } from '../../../contracts/client-portal';
import type { JobRequestDetail } from '../../../contracts/job-requests';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { visibleClientIdsOfContact } from '../clients/client-contact-access';
import { findJobRequest } from '../job-requests/job-request-access';
import { loadJobRequestDetail } from '../job-requests/load-job-request-detail';

/** What the client sees of a request: not the coordinator's moves nor the version. */
export const ownJobRequestView = (detail: JobRequestDetail): OwnJobRequest => ({
  id: detail.id,
  client: detail.client,
  activity: detail.activity,
  description: detail.description,
  place: detail.place,
  schedule: detail.schedule,
  status: detail.status,
  statusReason: detail.statusReason,
  origin: detail.origin,
  planning: detail.planning,
  createdAt: detail.createdAt,
});

/** One request of the contact's own client; another client's and another organiser's ids are 404 alike. */
export const findOwnJobRequest = async (tx: Transaction, context: RequestContext, { jobRequestId }: { jobRequestId: string }): Promise<OwnJobRequest> => {
  const row = await findJobRequest(tx, context.actor, jobRequestId);
  if (!(await visibleClientIdsOfContact(tx, context.actor)).includes(row.clientId)) throw notFound('Job request');
  return ownJobRequestView(await loadJobRequestDetail(tx, context, row));
};
