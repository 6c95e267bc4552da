import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';

/**
 * THE call site for "the job request becomes planned" when a proposal is accepted. The job-requests module owns
 * that row and will give `job-requests/mark-job-request-planned.ts` as its face; until it lands this module must
 * not write job_requests itself, so this does nothing. Replace the body with that face's call.
 */
export const markJobRequestPlannedWhenFaceLands = async (_tx: Transaction, _context: RequestContext, _input: { jobRequestId: string }): Promise<void> => {
  await Promise.resolve();
};
