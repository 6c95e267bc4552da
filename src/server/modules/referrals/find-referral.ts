import type { Referral } from '../../../contracts/referrals';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { findVisibleReferral, presentReferral } from './referral-repository';

/** One referral the actor may see (404 otherwise), as their role may see it. */
export const findReferral = async (db: Executor, context: RequestContext, { referralId }: { referralId: string }): Promise<Referral> =>
  presentReferral(await findVisibleReferral(db, context.actor, referralId), context.actor.role);
