import type { Referral } from '../../../contracts/referrals';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { findVisibleReferral, presentReferral } from './referral-repository';

/** One referral the actor may see (404 otherwise), as their role may see it. */
export const findReferral = async (tx: Transaction, context: RequestContext, { referralId }: { referralId: string }): Promise<Referral> =>
  presentReferral(await findVisibleReferral(tx, context.actor, referralId), context.actor.role);
