import type { SQL } from 'drizzle-orm';
import type { Reminder } from '../../../contracts/participants';
import type { TrajectoryDetail, TrajectorySummary } from '../../../contracts/trajectories';
import type { CivilDate } from '../../../domain/time/civil-date';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';

/** The participant a trajectory belongs to, with what its window depends on (R6: the last PWA work day). */
type TrajectoryOwner = { readonly id: string; readonly pwaLastWorkedOn: string | null };

/**
 * What the participant record, list and reminders show of trajectories. The trajectories module owns those tables
 * and builds on participants, so participants never imports it: the trajectories module implements this and the app
 * composer hands it over with `provideTrajectorySection` (decision 028).
 */
export type TrajectorySection = {
  /** Every trajectory of the participant, newest first, with its evaluations. */
  readonly ofParticipant: (tx: Transaction, context: RequestContext, owner: TrajectoryOwner) => Promise<TrajectoryDetail[]>;
  /** The newest trajectory of each listed participant, by participant id. */
  readonly latestOf: (tx: Transaction, context: RequestContext, owners: readonly TrajectoryOwner[]) => Promise<ReadonlyMap<string, TrajectorySummary>>;
  /** A condition on the participants table: a running trajectory is planned to end on or before `date`. */
  readonly runningEndingBy: (tx: Transaction, date: CivilDate) => SQL;
  /** Evaluations falling due on or before `horizon`, of the participants the actor sees (R5). */
  readonly evaluationsDue: (tx: Transaction, context: RequestContext, input: { horizon: CivilDate }) => Promise<Reminder[]>;
};

let provided: TrajectorySection | undefined;

export const provideTrajectorySection = (section: TrajectorySection): void => {
  provided = section;
};

export const trajectorySection = (): TrajectorySection => {
  if (!provided) throw new Error('No trajectory section: the app composer provides it before the participant routes run');
  return provided;
};
