import type { CreateOwnJobRequestRequest, OwnJobRequest } from '../../../contracts/client-portal';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { createJobRequest } from '../job-requests/create-job-request';
import { ownJobRequestView } from './find-own-job-request';
import { ownClient } from './own-clients';

/** "Klusje aanvragen" while logged in: the job-requests service checks and saves it for the contact's own client. */
export const createOwnJobRequest = async (tx: Transaction, context: RequestContext, input: CreateOwnJobRequestRequest): Promise<OwnJobRequest> => {
  const client = await ownClient(tx, context, input.clientId);
  return ownJobRequestView(await createJobRequest(tx, context, { ...input, clientId: client.id }, 'client_portal'));
};
