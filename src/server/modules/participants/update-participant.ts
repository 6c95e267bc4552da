import { and, eq, sql } from 'drizzle-orm';
import type { ParticipantDetail, UpdateParticipantRequest } from '../../../contracts/participants';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { versionConflict } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { loadParticipantDetail } from './load-participant-detail';
import { municipalityOfPostcode } from './municipality-of-postcode';
import { findVisibleParticipant } from './participant-access';
import { assertDomicileInFlanders, participantColumnChanges } from './participant-values';
import { participants } from './schema';

export const updateParticipant = async (
  tx: Transaction,
  context: RequestContext,
  { participantId, version, ...changes }: UpdateParticipantRequest & { participantId: string },
): Promise<ParticipantDetail> => {
  const current = await findVisibleParticipant(tx, context.actor, participantId);
  if (changes.address) assertDomicileInFlanders(changes.address.postcode);
  const municipalityId = changes.address ? await municipalityOfPostcode(tx, context.actor.organiserId, changes.address.postcode) : current.municipalityId;
  const [updated] = await tx
    .update(participants)
    .set({ ...participantColumnChanges(changes), municipalityId, version: sql`${participants.version} + 1`, updatedAt: context.now })
    .where(and(eq(participants.id, current.id), eq(participants.version, version)))
    .returning();
  if (!updated) throw versionConflict();
  await recordAudit(tx, context, {
    action: 'participant.update',
    entityType: 'participant',
    entityId: participantId,
    // Which fields changed, never their sensitive values: the audit trail must not become a second register.
    changedFields: { fields: Object.keys(changes) },
  });
  return loadParticipantDetail(tx, context, updated);
};
