import type { HoursCountersOutput } from '../../../contracts/time-entries';
import type { HoursLedger } from '../../../domain/limits/hours-ledger';
import { hoursCountersOn } from '../../../domain/limits/hours-counters';
import { civilDateFromParts, parseCivilDate, yearOf, type CivilDate } from '../../../domain/time/civil-date';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import type { TrajectoryWindow } from '../../../domain/trajectory/trajectory-window';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { workedHoursLedger } from '../participants/worked-hours';
import { latestTrajectoryWindow } from '../trajectories/latest-trajectory-window';
import { findEntryParticipant, type EntryOwner, type OwnerParticipant } from './entry-participant';

/** The counted hours of the calendar year of `date`: all a cap check or the counters need (R4). */
export const yearLedger = (db: Executor, participant: OwnerParticipant, date: CivilDate): Promise<HoursLedger> =>
  workedHoursLedger(
    db,
    { organiserId: participant.organiserId, participantId: participant.id },
    { from: civilDateFromParts(yearOf(date), 1, 1), to: civilDateFromParts(yearOf(date), 12, 31) },
  );

/** The counters as the API shows them; without a trajectory there is nothing to count against (null). */
export const countersOutput = (ledger: HoursLedger, date: CivilDate, window: TrajectoryWindow | null): HoursCountersOutput | null => {
  if (window === null) return null;
  const counters = hoursCountersOn(ledger, date, window);
  return {
    date: counters.date,
    month: { ...counters.month },
    year: { ...counters.year },
    remainingHours: counters.remainingHours,
    trajectory: counters.trajectory === null ? null : { ...counters.trajectory },
    warnings: counters.warnings.map((warning) => ({ ...warning })),
  };
};

/** This month x of 60 h, this year x of 630 h, trajectory month n of 12 and the remainder, on a date (today by default). */
export const readHoursCounters = async (
  db: Executor,
  context: RequestContext,
  { owner, date }: { owner: EntryOwner; date?: string | undefined },
): Promise<{ counters: HoursCountersOutput | null }> => {
  const participant = await findEntryParticipant(db, context, owner);
  const on = date === undefined ? civilDateOfInstant(context.now) : parseCivilDate(date);
  return { counters: countersOutput(await yearLedger(db, participant, on), on, await latestTrajectoryWindow(db, participant)) };
};
