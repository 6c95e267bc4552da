import { and, between, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TimeEntry } from '../../../contracts/time-entries';
import { accounts } from '../../platform/auth/schema';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { assignments } from '../assignments/schema';
import { clients } from '../clients/schema';
import { participants } from '../participants/schema';
import { timeEntries } from './schema';

const corrections = alias(timeEntries, 'correction');

/** An entry with the names its presentation shows: participant, client, who typed it, and the entry correcting it. */
const timeEntryQuery = (db: Executor) =>
  db
    .select({
      entry: timeEntries,
      participantName: sql<string>`${participants.firstName} || ' ' || ${participants.lastName}`,
      clientName: clients.name,
      activityCode: assignments.activityCode,
      enteredByName: accounts.displayName,
      correctedByEntryId: corrections.id,
    })
    .from(timeEntries)
    .innerJoin(participants, eq(participants.id, timeEntries.participantId))
    .innerJoin(clients, eq(clients.id, timeEntries.clientId))
    .innerJoin(assignments, eq(assignments.id, timeEntries.assignmentId))
    .innerJoin(accounts, eq(accounts.id, timeEntries.enteredByAccountId))
    .leftJoin(corrections, eq(corrections.correctsEntryId, timeEntries.id));

export type TimeEntryRow = Awaited<ReturnType<ReturnType<typeof timeEntryQuery>['where']>>[number];

/** The entry as every route shows it (timeEntrySchema). */
export const presentTimeEntry = (row: TimeEntryRow): TimeEntry => {
  const { entry } = row;
  return {
    id: entry.id,
    version: entry.version,
    status: entry.status,
    participant: { id: entry.participantId, name: row.participantName },
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
  };
};

/** One entry of the actor's organiser, or 404; `where` narrows it further (e.g. to a client's entries). */
export const findTimeEntry = async (db: Executor, context: RequestContext, entryId: string, where?: SQL): Promise<TimeEntryRow> => {
  const [row] = await timeEntryQuery(db).where(and(eq(timeEntries.id, entryId), eq(timeEntries.organiserId, context.actor.organiserId), where));
  if (!row) throw notFound('Time entry');
  return row;
};

/** Entries of one organiser as the API shows them, by work date and start time; `where` narrows them. */
export const presentTimeEntries = async (db: Executor, organiserId: string, where: SQL | undefined): Promise<TimeEntry[]> => {
  const rows = await timeEntryQuery(db)
    .where(and(eq(timeEntries.organiserId, organiserId), where))
    .orderBy(timeEntries.workDate, timeEntries.startTime, timeEntries.createdAt, timeEntries.id);
  return rows.map(presentTimeEntry);
};

/** One entry of the organiser as the API shows it, or null. */
export const loadTimeEntry = async (db: Executor, organiserId: string, id: string): Promise<TimeEntry | null> =>
  (await presentTimeEntries(db, organiserId, eq(timeEntries.id, id)))[0] ?? null;

/** A participant's entries between two dates (inclusive), by date and start time. */
export const listParticipantTimeEntries = (
  db: Executor,
  { organiserId, participantId }: { organiserId: string; participantId: string },
  range: { from: string; to: string },
): Promise<TimeEntry[]> => presentTimeEntries(db, organiserId, and(eq(timeEntries.participantId, participantId), between(timeEntries.workDate, range.from, range.to)));
