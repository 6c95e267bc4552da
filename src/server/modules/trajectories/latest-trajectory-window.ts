import { and, desc, eq } from 'drizzle-orm';
import type { TrajectoryWindow } from '../../../domain/trajectory/trajectory-window';
import type { Executor } from '../../platform/db/database';
import { trajectoryWindowOf } from './describe-trajectory';
import { trajectories } from './schema';
import { loadWindowHistory } from './window-history';

type Participant = { readonly organiserId: string; readonly id: string; readonly pwaLastWorkedOn: string | null };

/** The window of the participant's latest trajectory (R5, R6, R18), as planning and hours check against it; null when none was ever started. */
export const latestTrajectoryWindow = async (db: Executor, participant: Participant): Promise<TrajectoryWindow | null> => {
  const [latest] = await db
    .select()
    .from(trajectories)
    .where(and(eq(trajectories.organiserId, participant.organiserId), eq(trajectories.participantId, participant.id)))
    .orderBy(desc(trajectories.startDate))
    .limit(1);
  if (!latest) return null;
  const history = await loadWindowHistory(db, { organiserId: participant.organiserId, participantId: participant.id, pwaTransitional: latest.pwaTransitional });
  return trajectoryWindowOf({ ...latest, ...history }, participant.pwaLastWorkedOn);
};
