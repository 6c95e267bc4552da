import type { ParticipantDetail } from '../../../contracts/participants';
import { recordAccess } from '../../platform/audit/record-access';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { loadParticipantDetail } from './load-participant-detail';
import { findVisibleParticipant } from './participant-access';
import { visibleSensitiveFields } from '../../../contracts/policies/participants';

/** The participant page; opening it with sensitive fields in view is access-logged. */
export const findParticipant = async (tx: Transaction, context: RequestContext, { participantId }: { participantId: string }): Promise<ParticipantDetail> => {
  const row = await findVisibleParticipant(tx, context.actor, participantId);
  await recordAccess(tx, context, { type: 'participant', id: row.id, fields: visibleSensitiveFields(context.actor.role) });
  return loadParticipantDetail(tx, context, row);
};
