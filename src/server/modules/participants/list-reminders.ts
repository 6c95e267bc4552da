import { and, asc, eq, gte, isNull, lte } from 'drizzle-orm';
import type { Reminder } from '../../../contracts/participants';
import { addDays } from '../../../domain/time/civil-date-arithmetic';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import type { Actor } from '../../platform/auth/actor';
import type { Database } from '../../platform/db/database';
import { describeTrajectory } from '../trajectories/describe-trajectory';
import { trajectories } from '../trajectories/schema';
import { participantVisibleTo } from './participant-access';
import { documents, participants } from './schema';

// A month's notice leaves time to get a new permission from the medical adviser or to plan the evaluation.
const noticeDays = 30;

/** What needs doing soon: medical permissions about to expire (R3) and evaluations falling due (R5). */
export const listReminders = async (db: Database, actor: Actor, now: Date): Promise<Reminder[]> => {
  const today = civilDateOfInstant(now);
  const horizon = addDays(today, noticeDays);
  const expiring = await db
    .select({ participantId: participants.id, firstName: participants.firstName, lastName: participants.lastName, validTo: documents.validTo })
    .from(documents)
    .innerJoin(participants, eq(participants.id, documents.participantId))
    .where(and(participantVisibleTo(actor), eq(documents.type, 'medical_permission'), gte(documents.validTo, today), lte(documents.validTo, horizon)))
    .orderBy(asc(documents.validTo));
  const active = await db
    .select({ trajectory: trajectories, firstName: participants.firstName, lastName: participants.lastName, pwaLastWorkedOn: participants.pwaLastWorkedOn })
    .from(trajectories)
    .innerJoin(participants, eq(participants.id, trajectories.participantId))
    .where(and(participantVisibleTo(actor), isNull(trajectories.endedOn)));
  const evaluationsDue = active.flatMap(({ trajectory, firstName, lastName, pwaLastWorkedOn }) => {
    const due = describeTrajectory(trajectory, [], pwaLastWorkedOn, today).nextEvaluationDate;
    return due !== null && due <= horizon
      ? [{ kind: 'evaluation_due' as const, participantId: trajectory.participantId, participantName: `${firstName} ${lastName}`, dueOn: due }]
      : [];
  });
  return [
    ...expiring.flatMap((row) =>
      row.validTo ? [{ kind: 'medical_permission_expiring' as const, participantId: row.participantId, participantName: `${row.firstName} ${row.lastName}`, dueOn: row.validTo }] : [],
    ),
    ...evaluationsDue,
  ].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
};
