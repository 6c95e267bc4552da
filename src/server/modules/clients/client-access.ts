import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { clients } from './schema';

/** Loads a client of the actor's organiser, or answers 404 (also for another organiser's id). */
export const findClient = async (tx: Executor, actor: Actor, clientId: string) => {
  const [row] = await tx
    .select()
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.organiserId, actor.organiserId)));
  if (!row) throw notFound('Client');
  return row;
};

export type ClientRow = Awaited<ReturnType<typeof findClient>>;
