import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Reminder } from '../../../contracts/participants';
import { addDays } from '../../../domain/time/civil-date-arithmetic';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { participantVisibleTo } from './participant-access';
import { documents, participants } from './schema';
import { trajectorySection } from './trajectory-section';

// A month's notice leaves time to get a new permission from the medical adviser or to plan the evaluation.
const noticeDays = 30;

/** What needs doing soon: medical permissions about to expire (R3) and evaluations falling due (R5). */
export const listReminders = async (db: Executor, context: RequestContext): Promise<{ items: Reminder[] }> => {
  const today = civilDateOfInstant(context.now);
  const horizon = addDays(today, noticeDays);
  const expiring = await db
    .select({ participantId: participants.id, firstName: participants.firstName, lastName: participants.lastName, validTo: documents.validTo })
    .from(documents)
    .innerJoin(participants, eq(participants.id, documents.participantId))
    .where(and(participantVisibleTo(context.actor), eq(documents.type, 'medical_permission'), gte(documents.validTo, today), lte(documents.validTo, horizon)))
    .orderBy(asc(documents.validTo));
  const evaluationsDue = await trajectorySection().evaluationsDue(db, context, { horizon });
  const items = [
    ...expiring.flatMap((row) =>
      row.validTo
        ? [{ kind: 'medical_permission_expiring' as const, participantId: row.participantId, participantName: `${row.firstName} ${row.lastName}`, dueOn: row.validTo }]
        : [],
    ),
    ...evaluationsDue,
  ].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return { items };
};
