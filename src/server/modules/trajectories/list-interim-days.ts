import type { InterimDays } from '../../../contracts/trajectories';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { loadInterimDays } from './interim-days';
import { participantOfRequest } from './own-participant';

/** A participant's interim days with the R18 status: the named one for staff, their own for a wijk-werker. */
export const listInterimDays = async (db: Executor, context: RequestContext, { participantId }: { participantId: string | null }): Promise<InterimDays> => {
  const participant = await participantOfRequest(db, context.actor, participantId);
  return loadInterimDays(db, context.actor.organiserId, participant.id, civilDateOfInstant(context.now));
};
