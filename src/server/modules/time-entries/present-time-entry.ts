import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { TimeEntry } from '../../../contracts/time-entries';
import { accounts } from '../../platform/auth/schema';
import type { Executor } from '../../platform/db/database';
import { assignments } from '../assignments/schema';
import { clients } from '../clients/schema';
import { participants } from '../participants/schema';
import { timeEntries } from './schema';

/** Time entries of one organiser as the API shows them (`timeEntrySchema`), oldest work date first. */
export const presentTimeEntries = async (db: Executor, organiserId: string, where: SQL | undefined): Promise<TimeEntry[]> => {
  const rows = await db
    .select({
      entry: timeEntries,
      participantFirstName: participants.firstName,
      participantLastName: participants.lastName,
      clientName: clients.name,
      activityCode: assignments.activityCode,
      enteredByName: accounts.displayName,
      correctedByEntryId: sql<string | null>`(select c.id from time_entries c where c.corrects_entry_id = ${timeEntries.id})`,
    })
    .from(timeEntries)
    .innerJoin(participants, eq(participants.id, timeEntries.participantId))
    .innerJoin(clients, eq(clients.id, timeEntries.clientId))
    .innerJoin(assignments, eq(assignments.id, timeEntries.assignmentId))
    .innerJoin(accounts, eq(accounts.id, timeEntries.enteredByAccountId))
    .where(and(eq(timeEntries.organiserId, organiserId), where))
    .orderBy(timeEntries.workDate, timeEntries.createdAt, timeEntries.id);
  return rows.map(({ entry, ...row }) => ({
    id: entry.id,
    version: entry.version,
    status: entry.status,
    participant: { id: entry.participantId, name: `${row.participantFirstName} ${row.participantLastName}` },
    client: { id: entry.clientId, name: row.clientName },
    assignmentId: entry.assignmentId,
    activityCode: row.activityCode,
    workDate: entry.workDate,
    startTime: entry.startTime,
    endTime: entry.endTime,
    minutes: entry.minutes,
    countedHours: entry.countedHours,
    enteredBy: { name: row.enteredByName, onBehalf: entry.onBehalf },
    registeredAt: entry.createdAt.toISOString(),
    confirmDeadline: entry.confirmDeadline,
    answeredVia: entry.answeredVia,
    answeredAt: entry.answeredAt?.toISOString() ?? null,
    contestReason: entry.contestReason,
    resolution: entry.resolution,
    resolutionReason: entry.resolutionReason,
    correctsEntryId: entry.correctsEntryId,
    correctionReason: entry.correctionReason,
    correctedByEntryId: row.correctedByEntryId,
  }));
};

/** One entry of the organiser as the API shows it, or null. */
export const presentTimeEntry = async (db: Executor, organiserId: string, id: string): Promise<TimeEntry | null> =>
  (await presentTimeEntries(db, organiserId, eq(timeEntries.id, id)))[0] ?? null;
