import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { jobRequests } from './schema';

/** A job request of the actor's organiser, or 404 (also for another organiser's id): the one scoped way to load one. */
export const findJobRequest = async (db: Executor, actor: Actor, jobRequestId: string) => {
  const [row] = await db
    .select()
    .from(jobRequests)
    .where(and(eq(jobRequests.id, jobRequestId), eq(jobRequests.organiserId, actor.organiserId)));
  if (!row) throw notFound('Job request');
  return row;
};

export type JobRequestRow = Awaited<ReturnType<typeof findJobRequest>>;
