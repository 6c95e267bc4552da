import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { findVisibleParticipant } from './participant-access';
import { participantAgreements } from './schema';

/** An agreement of a participant the actor may see; 404 otherwise. */
export const findAgreement = async (tx: Transaction, context: RequestContext, { participantId, agreementId }: { participantId: string; agreementId: string }) => {
  await findVisibleParticipant(tx, context.actor, participantId);
  const [agreement] = await tx
    .select()
    .from(participantAgreements)
    .where(
      and(
        eq(participantAgreements.id, agreementId),
        eq(participantAgreements.participantId, participantId),
        eq(participantAgreements.organiserId, context.actor.organiserId),
      ),
    );
  if (!agreement) throw notFound('Agreement');
  return agreement;
};
