import { and, desc, eq } from 'drizzle-orm';
import { parseCivilDate } from '../../../domain/time/civil-date';
import { trajectoryWindow, type TrajectoryWindow } from '../../../domain/trajectory/trajectory-window';
import type { Executor } from '../../platform/db/database';
import { workedDatesOf } from '../participants/worked-hours';
import { trajectories } from '../trajectories/schema';

type Participant = { readonly organiserId: string; readonly id: string; readonly pwaLastWorkedOn: string | null };

/**
 * The window of the participant's latest trajectory (R5), with the dates they really worked feeding the PWA
 * transitional right (R6); null when no trajectory was ever started.
 */
export const participantTrajectoryWindow = async (db: Executor, participant: Participant): Promise<TrajectoryWindow | null> => {
  const [latest] = await db
    .select()
    .from(trajectories)
    .where(and(eq(trajectories.organiserId, participant.organiserId), eq(trajectories.participantId, participant.id)))
    .orderBy(desc(trajectories.startDate))
    .limit(1);
  if (!latest) return null;
  const workedDates = latest.pwaTransitional ? await workedDatesOf(db, { organiserId: participant.organiserId, participantId: participant.id }) : [];
  return trajectoryWindow({
    startDate: parseCivilDate(latest.startDate),
    extensionsGranted: latest.extensionsGranted,
    endedOn: latest.endedOn === null ? null : parseCivilDate(latest.endedOn),
    pwaTransitional: latest.pwaTransitional
      ? { lastWorkedBeforeRecords: participant.pwaLastWorkedOn === null ? null : parseCivilDate(participant.pwaLastWorkedOn), workedDates }
      : null,
    interimWorkDates: [],
  });
};
