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
  // A proposal can be made and accepted before anyone moved the request on: it was in matching all along.
  const matching = current.status === 'new' ? await moveJobRequest(tx, context, current, { status: 'matching', reason: null, version: null }) : current;
  await moveJobRequest(tx, context, matching, { status: 'planned', reason: null, version: null });
};
