import { and, eq } from 'drizzle-orm';
import type { languages } from '../../../contracts/participants';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { findVisibleParticipant } from './participant-access';
import { participants } from './schema';

/** What the portal invitation needs of a record the actor may see: the name to greet, and the login linked so far. */
export const findParticipantPortalLink = async (
  tx: Transaction,
  context: RequestContext,
  { participantId }: { participantId: string },
): Promise<{ id: string; name: string; language: (typeof languages)[number]; accountId: string | null }> => {
  const row = await findVisibleParticipant(tx, context.actor, participantId);
  return { id: row.id, name: `${row.firstName} ${row.lastName}`, language: row.preferredLanguage, accountId: row.accountId };
};

/**
 * Links a portal login (role participant) to the record, replacing an earlier one, so that login sees this record
 * only. Not a change of the record's fields: the version stays, and an open edit form is not refused.
 */
export const linkParticipantAccount = async (
  tx: Transaction,
  context: RequestContext,
  { participantId, accountId }: { participantId: string; accountId: string },
): Promise<void> => {
  await tx
    .update(participants)
    .set({ accountId })
    .where(and(eq(participants.id, participantId), eq(participants.organiserId, context.actor.organiserId)));
  await recordAudit(tx, context, { action: 'participant.portal_account.link', entityType: 'participant', entityId: participantId, changedFields: { accountId } });
};
