import type { ParticipantDetail } from '../../../contracts/participants';
import { visibleSensitiveFields } from '../../../contracts/policies/participants';
import { recordAccessBeforeAnswer } from '../../platform/audit/access-log-batcher';
import type { Database } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { loadVisibleParticipantDetail } from './load-participant-detail';

/**
 * The participant page: one statement, no transaction (decision 045). Opening it with sensitive fields in view is
 * access-logged before the answer leaves, batched with concurrent views (decision 026).
 */
export const findParticipant = async (db: Database, context: RequestContext, { participantId }: { participantId: string }): Promise<ParticipantDetail> => {
  const detail = await loadVisibleParticipantDetail(db, context, participantId);
  if (!detail) throw notFound('Participant');
  await recordAccessBeforeAnswer(db, context, { type: 'participant', id: detail.id, fields: visibleSensitiveFields(context.actor.role) });
  return detail;
};
