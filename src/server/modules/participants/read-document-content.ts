import { and, eq } from 'drizzle-orm';
import { recordAccess } from '../../platform/audit/record-access';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { findVisibleParticipant } from './participant-access';
import { documents } from './schema';

/** The file itself, only through this access check, and its opening is access-logged. */
export const readDocumentContent = async (tx: Transaction, context: RequestContext, { participantId, documentId }: { participantId: string; documentId: string }) => {
  await findVisibleParticipant(tx, context.actor, participantId);
  const [document] = await tx
    .select({ fileName: documents.fileName, mimeType: documents.mimeType, content: documents.content, type: documents.type })
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.participantId, participantId), eq(documents.organiserId, context.actor.organiserId)));
  if (!document) throw notFound('Document');
  await recordAccess(tx, context, { type: 'participant', id: participantId, fields: [`document:${document.type}`] });
  return document;
};
