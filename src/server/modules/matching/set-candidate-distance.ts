import { and, eq } from 'drizzle-orm';
import type { CandidatesResponse, SetCandidateDistanceRequest } from '../../../contracts/matching';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { participants } from '../participants/schema';
import { addressKey } from './address-key';
import { findMatchedRequest } from './find-matched-request';
import { listCandidates } from './list-candidates';
import { distanceOverrides } from './schema';

type Input = SetCandidateDistanceRequest & { readonly jobRequestId: string; readonly participantId: string };

/**
 * Staff's one-way distance from a participant's home to a request's place (decision 070): stored for that home and
 * place, so every request at the same place uses it, audited with the value it replaced, and answered with the
 * candidates ranked again.
 */
export const setCandidateDistance = async (
  tx: Transaction,
  context: RequestContext,
  { jobRequestId, participantId, oneWayMetres }: Input,
): Promise<CandidatesResponse> => {
  const { organiserId } = context.actor;
  const request = await findMatchedRequest(tx, context.actor, jobRequestId);
  const [participant] = await tx
    .select({ street: participants.street, postcode: participants.postcode })
    .from(participants)
    .where(and(eq(participants.organiserId, organiserId), eq(participants.id, participantId)));
  if (!participant) throw notFound('Participant');
  const homeKey = addressKey(participant.street, participant.postcode);
  const placeKey = addressKey(request.placeStreet, request.placePostcode);
  const [previous] = await tx
    .select({ oneWayMetres: distanceOverrides.oneWayMetres, homeKey: distanceOverrides.homeKey })
    .from(distanceOverrides)
    .where(and(eq(distanceOverrides.organiserId, organiserId), eq(distanceOverrides.participantId, participantId), eq(distanceOverrides.placeKey, placeKey)));
  const values = { homeKey, oneWayMetres, setByAccountId: context.actor.accountId, setAt: context.now };
  await tx
    .insert(distanceOverrides)
    .values({ organiserId, participantId, placeKey, ...values })
    .onConflictDoUpdate({ target: [distanceOverrides.organiserId, distanceOverrides.participantId, distanceOverrides.placeKey], set: values });
  await recordAudit(tx, context, {
    action: 'matching.distance.set',
    entityType: 'participant',
    entityId: participantId,
    changedFields: { jobRequestId, placeKey, homeKey, oneWayMetres, previousOneWayMetres: previous?.homeKey === homeKey ? previous.oneWayMetres : null },
  });
  return listCandidates(tx, context, { jobRequestId, excludedOffset: 0 });
};
