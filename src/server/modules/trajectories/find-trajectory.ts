import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { findVisibleParticipant } from '../participants/participant-access';
import { trajectories } from './schema';

/** A trajectory of a participant the actor may see (404 otherwise), with that participant. */
export const findVisibleTrajectory = async (tx: Transaction, actor: Actor, trajectoryId: string) => {
  const [trajectory] = await tx
    .select()
    .from(trajectories)
    .where(and(eq(trajectories.id, trajectoryId), eq(trajectories.organiserId, actor.organiserId)));
  if (!trajectory) throw notFound('Trajectory');
  const participant = await findVisibleParticipant(tx, actor, trajectory.participantId);
  return { trajectory, participant };
};
