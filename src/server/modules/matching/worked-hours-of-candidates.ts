import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { CivilDate } from '../../../domain/time/civil-date';
import type { Executor } from '../../platform/db/database';
import { participantWorkedDays } from '../participants/schema';
import type { HourPeriods, WorkedHours } from './candidate-of-row';

/** One statement for every candidate: the worked days of the year before today, summed per participant. */
export const workedHoursOfCandidates = async (db: Executor, organiserId: string, periods: HourPeriods, today: CivilDate): Promise<Map<string, WorkedHours>> => {
  const { month } = periods;
  const rows = await db
    .select({
      participantId: participantWorkedDays.participantId,
      month: sql<number>`coalesce(sum(${participantWorkedDays.countedHours}) filter (where ${participantWorkedDays.workDate} between ${month.from} and ${month.to}), 0)::int`,
      year: sql<number>`coalesce(sum(${participantWorkedDays.countedHours}), 0)::int`,
    })
    .from(participantWorkedDays)
    .where(
      and(
        eq(participantWorkedDays.organiserId, organiserId),
        gte(participantWorkedDays.workDate, periods.year.from),
        lt(participantWorkedDays.workDate, today < periods.year.to ? today : periods.year.to),
      ),
    )
    .groupBy(participantWorkedDays.participantId);
  return new Map(rows.map((row) => [row.participantId, { month: row.month, year: row.year }]));
};
