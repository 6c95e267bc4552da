import type { CreateCaseNoteRequest, ParticipantDetail } from '../../../contracts/participants';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { loadParticipantDetail } from './load-participant-detail';
import { findVisibleParticipant } from './participant-access';
import { caseNotes } from './schema';

/** A note is for staff only, or shared with the counsellor; its author always sees it. */
export const addCaseNote = async (
  tx: Transaction,
  context: RequestContext,
  { participantId, ...input }: CreateCaseNoteRequest & { participantId: string },
): Promise<ParticipantDetail> => {
  const participant = await findVisibleParticipant(tx, context.actor, participantId);
  const [note] = await tx
    .insert(caseNotes)
    .values({ ...input, organiserId: context.actor.organiserId, participantId, authorAccountId: context.actor.accountId, createdAt: context.now })
    .returning({ id: caseNotes.id });
  await recordAudit(tx, context, {
    action: 'participant.note.create',
    entityType: 'participant',
    entityId: participantId,
    changedFields: { noteId: note?.id, visibility: input.visibility },
  });
  return loadParticipantDetail(tx, context, participant);
};
