import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { InterimDays } from '../../../contracts/trajectories';
import { parameterOn } from '../../../domain/parameters/parameter-lookup';
import { addDays } from '../../../domain/time/civil-date-arithmetic';
import { parseCivilDate, type CivilDate } from '../../../domain/time/civil-date';
import { interimLimitCheck } from '../../../domain/trajectory/interim-limit';
import type { Executor } from '../../platform/db/database';
import { interimDays } from './schema';

const standing = (organiserId: string, participantId: string): SQL | undefined =>
  and(eq(interimDays.organiserId, organiserId), eq(interimDays.participantId, participantId), isNull(interimDays.removedAt));

/** The participant's recorded interim days that stand (not removed), in date order: the R18 input of the trajectory window. */
export const interimWorkDatesOf = async (db: Executor, organiserId: string, participantId: string): Promise<CivilDate[]> => {
  const rows = await db.select({ workedOn: interimDays.workedOn }).from(interimDays).where(standing(organiserId, participantId)).orderBy(asc(interimDays.workedOn));
  return rows.map((row) => parseCivilDate(row.workedOn));
};

/** The same dates as a JSON array inside another statement, for the participant whose id is `participantId`. */
export const interimWorkDatesJson = (organiserId: SQL | string, participantId: SQL | string): SQL<string[]> =>
  sql<string[]>`coalesce((
    select json_agg(${interimDays.workedOn} order by ${interimDays.workedOn}) from ${interimDays}
    where ${interimDays.organiserId} = ${organiserId} and ${interimDays.participantId} = ${participantId} and ${interimDays.removedAt} is null
  ), '[]'::json)`;

/** R18 as the participant page shows it: the standing days, how many in the 28 days up to `today`, and the first excess. */
export const loadInterimDays = async (db: Executor, organiserId: string, participantId: string, today: CivilDate): Promise<InterimDays> => {
  const rows = await db
    .select({ id: interimDays.id, workedOn: interimDays.workedOn })
    .from(interimDays)
    .where(standing(organiserId, participantId))
    .orderBy(asc(interimDays.workedOn));
  const periodDays = parameterOn('interimPeriodDays', today);
  const windowStart = addDays(today, 1 - periodDays);
  const check = interimLimitCheck(rows.map((row) => parseCivilDate(row.workedOn)));
  return {
    participantId,
    days: rows,
    daysInCurrentWindow: rows.filter((row) => row.workedOn >= windowStart && row.workedOn <= today).length,
    maxDays: parameterOn('interimMaxDaysPerPeriod', today),
    periodDays,
    exceededOn: check.exceeded ? check.exceededOn : null,
  };
};
