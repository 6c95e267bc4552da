import type { Placeholder, SQL, SQLWrapper } from 'drizzle-orm';
import type { Reminder } from '../../../contracts/participants';
import type { TrajectoryDetail, TrajectorySummary } from '../../../contracts/trajectories';
import type { CivilDate } from '../../../domain/time/civil-date';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';

/** The participant a trajectory belongs to, with what its window depends on (R6: the last PWA work day). */
type TrajectoryOwner = { readonly id: string; readonly pwaLastWorkedOn: string | null };

declare const recordsBrand: unique symbol;
declare const latestBrand: unique symbol;

/** What `recordsJson` selects: opaque here, read back only by `presentRecords`. */
export type TrajectoryRecordsJson = { readonly [recordsBrand]: true };

/** What `latestJson` selects (null: no trajectory): opaque here, read back only by `presentLatest`. */
export type LatestTrajectoryJson = { readonly [latestBrand]: true };

/**
 * The participant whose trajectories a fragment selects: columns of the participants row in the statement that
 * embeds it (that statement joins other tables, so drizzle writes them with their table name).
 */
export type TrajectoryOwnerColumns = { readonly id: SQLWrapper; readonly organiserId: SQLWrapper };

/**
 * What the participant record, list and reminders show of trajectories. The trajectories module owns those tables
 * and builds on participants, so participants never imports it: the trajectories module implements this and the app
 * composer hands it over with `provideTrajectorySection` (decision 028). The record and the list embed the
 * module's SQL fragments in their own single statement and hand the JSON back to it to present (decision 026).
 */
export type TrajectorySection = {
  /** Every trajectory of the participant, newest first, with its evaluations, as one JSON value. */
  readonly recordsJson: (owner: TrajectoryOwnerColumns) => SQL<TrajectoryRecordsJson>;
  /** The record's trajectories from what `recordsJson` selected. */
  readonly presentRecords: (raw: TrajectoryRecordsJson, owner: TrajectoryOwner, today: CivilDate) => TrajectoryDetail[];
  /** The newest trajectory of a listed participant as one JSON value, null when there is none. */
  readonly latestJson: (owner: TrajectoryOwnerColumns) => SQL<LatestTrajectoryJson | null>;
  /** A list row's trajectory from what `latestJson` selected. */
  readonly presentLatest: (raw: LatestTrajectoryJson | null, owner: TrajectoryOwner, today: CivilDate) => TrajectorySummary | null;
  /** A condition on the participants table: a running trajectory is planned to end on or before `date`. */
  readonly runningEndingBy: (owner: TrajectoryOwnerColumns, date: CivilDate | Placeholder) => SQL;
  /** Evaluations falling due on or before `horizon`, of the participants the actor sees (R5). */
  readonly evaluationsDue: (db: Executor, context: RequestContext, input: { horizon: CivilDate }) => Promise<Reminder[]>;
};

let provided: TrajectorySection | undefined;

export const provideTrajectorySection = (section: TrajectorySection): void => {
  provided = section;
};

export const trajectorySection = (): TrajectorySection => {
  if (!provided) throw new Error('No trajectory section: the app composer provides it before the participant routes run');
  return provided;
};
