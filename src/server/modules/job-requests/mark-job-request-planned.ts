import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { moveJobRequest } from './change-job-request-status';
import { findJobRequest } from './job-request-access';

/**
 * The assignments module calls this in its own transaction when an assignment of the request is planned: the request
 * becomes planned (R17 asked once more). A request that is already planned or further along stays as it is, so a
 * second assignment of a weekly request changes nothing.
 */
export const markJobRequestPlanned = async (tx: Transaction, context: RequestContext, jobRequestId: string): Promise<void> => {
  const current = await findJobRequest(tx, context.actor, jobRequestId);
  if (current.status === 'planned' || current.status === 'active') return;
  await moveJobRequest(tx, context, current, { status: 'planned', reason: null, version: null });
};
