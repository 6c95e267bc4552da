import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { findClient } from './client-access';
import { clientAgreements } from './schema';

/** An agreement of a client of the actor's organiser; 404 otherwise. */
export const findClientAgreement = async (tx: Executor, context: RequestContext, { clientId, agreementId }: { clientId: string; agreementId: string }) => {
  const client = await findClient(tx, context.actor, clientId);
  const [agreement] = await tx
    .select()
    .from(clientAgreements)
    .where(and(eq(clientAgreements.id, agreementId), eq(clientAgreements.clientId, clientId), eq(clientAgreements.organiserId, context.actor.organiserId)));
  if (!agreement) throw notFound('Agreement');
  return { client, agreement };
};
