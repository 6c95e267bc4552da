import { eq } from 'drizzle-orm';
import type { AnswerableTimeEntries } from '../../../contracts/time-entries';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { presentTimeEntries } from './present-time-entry';
import { timeEntries } from './schema';

/** "Betwiste uren": the organiser's contested entries waiting for the coordinator, oldest work first. */
export const listContestedEntries = async (db: Executor, context: RequestContext): Promise<AnswerableTimeEntries> => ({
  items: await presentTimeEntries(db, context.actor.organiserId, eq(timeEntries.status, 'contested')),
});
