import { and, eq, gte, inArray, or } from 'drizzle-orm';
import type { AnswerableTimeEntries } from '../../../contracts/time-entries';
import { addDays } from '../../../domain/time/civil-date-arithmetic';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { visibleClientIdsOfContact } from '../clients/client-contact-access';
import { presentTimeEntries } from './present-time-entry';
import { timeEntries } from './schema';

// What a household looks back on: the last eight weeks of answered hours beside the open ones.
const recentDays = 56;

/** "Uren bevestigen": the own clients' open entries (to answer) and the recent ones (answered or settled). */
export const listOwnClientTimeEntries = async (db: Executor, context: RequestContext): Promise<AnswerableTimeEntries> => {
  const clientIds = await visibleClientIdsOfContact(db, context.actor);
  if (clientIds.length === 0) return { items: [] };
  const since = addDays(civilDateOfInstant(context.now), -recentDays);
  const items = await presentTimeEntries(
    db,
    context.actor.organiserId,
    and(inArray(timeEntries.clientId, clientIds), or(eq(timeEntries.status, 'registered'), gte(timeEntries.workDate, since))),
  );
  return { items };
};
