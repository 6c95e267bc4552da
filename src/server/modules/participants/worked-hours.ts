import { and, between, eq, sql, type SQL } from 'drizzle-orm';
import type { HoursLedger } from '../../../domain/limits/hours-ledger';
import { countedHoursOf } from '../../../domain/limits/counted-hours';
import type { TimeEntryMinutes } from '../../../domain/limits/time-entry-minutes';
import { calendarMonthKey, parseCivilDate, yearOf, type CivilDate } from '../../../domain/time/civil-date';
import type { Executor, Transaction } from '../../platform/db/database';
import { participants, participantWorkedDays } from './schema';

type Owner = { readonly organiserId: string; readonly participantId: string };

/**
 * Takes the participant's row lock for the rest of the transaction. Every write that adds hours (a time entry, an
 * accepted proposal) takes it first, so two at once cannot together pass a cap (R4). Returns false when the
 * participant is not this organiser's.
 */
export const lockParticipantHours = async (tx: Transaction, { organiserId, participantId }: Owner): Promise<boolean> => {
  const rows = await tx
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.id, participantId), eq(participants.organiserId, organiserId)))
    .for('update');
  return rows.length === 1;
};

/** Counted hours per month and year between two dates (inclusive), from the worked days (R4). */
export const workedHoursLedger = async (db: Executor, { organiserId, participantId }: Owner, range: { from: CivilDate; to: CivilDate }): Promise<HoursLedger> => {
  const rows = await db
    .select({ workDate: participantWorkedDays.workDate, countedHours: participantWorkedDays.countedHours })
    .from(participantWorkedDays)
    .where(
      and(
        eq(participantWorkedDays.organiserId, organiserId),
        eq(participantWorkedDays.participantId, participantId),
        between(participantWorkedDays.workDate, range.from, range.to),
      ),
    );
  const hoursByMonth = new Map<number, number>();
  const hoursByYear = new Map<number, number>();
  for (const row of rows) {
    const date = parseCivilDate(row.workDate);
    hoursByMonth.set(calendarMonthKey(date), (hoursByMonth.get(calendarMonthKey(date)) ?? 0) + row.countedHours);
    hoursByYear.set(yearOf(date), (hoursByYear.get(yearOf(date)) ?? 0) + row.countedHours);
  }
  return { hoursByMonth, hoursByYear };
};

// The days with counted hours: what R6 calls worked, for both readings below.
const workedDaysOf = (organiserId: SQL | string, participantId: SQL | string): SQL =>
  sql`${participantWorkedDays.organiserId} = ${organiserId} and ${participantWorkedDays.participantId} = ${participantId}
    and ${participantWorkedDays.countedHours} > 0`;

/** Every date the participant worked here (R6: the PWA right lapses after 12 months without wijk-werk), oldest first. */
export const workedDatesOf = async (db: Executor, { organiserId, participantId }: Owner): Promise<CivilDate[]> => {
  const rows = await db
    .select({ workDate: participantWorkedDays.workDate })
    .from(participantWorkedDays)
    .where(workedDaysOf(organiserId, participantId))
    .orderBy(participantWorkedDays.workDate);
  return rows.map((row) => parseCivilDate(row.workDate));
};

/**
 * Adds an entry's hours to its date (sign 1: registered, or a correction's new hours) or takes them off (sign -1:
 * rejected, or corrected by a new entry). The caller holds `lockParticipantHours`.
 */
export const shiftWorkedHours = async (tx: Transaction, { organiserId, participantId }: Owner, entry: TimeEntryMinutes, sign: 1 | -1): Promise<void> => {
  const countedHours = sign * countedHoursOf(entry.minutes);
  const workedMinutes = sign * entry.minutes;
  await tx
    .insert(participantWorkedDays)
    .values({ organiserId, participantId, workDate: entry.date, countedHours, workedMinutes })
    .onConflictDoUpdate({
      target: [participantWorkedDays.participantId, participantWorkedDays.workDate],
      set: {
        countedHours: sql`${participantWorkedDays.countedHours} + ${countedHours}`,
        workedMinutes: sql`${participantWorkedDays.workedMinutes} + ${workedMinutes}`,
      },
    });
};

/** The same dates as a JSON array inside another statement, for the participant whose id is `participantId`. */
export const workedDatesJson = (organiserId: SQL, participantId: SQL): SQL<string[]> =>
  sql<string[]>`coalesce((
    select json_agg(${participantWorkedDays.workDate} order by ${participantWorkedDays.workDate}) from ${participantWorkedDays}
    where ${workedDaysOf(organiserId, participantId)}
  ), '[]'::json)`;
