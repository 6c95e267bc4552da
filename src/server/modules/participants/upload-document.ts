import type { UploadDocumentRequest } from '../../../contracts/participants';
import { maxDocumentBytes } from '../../../contracts/participants';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { findVisibleParticipant } from './participant-access';
import { documents } from './schema';
import { AppError } from '../../platform/http/app-error';

// The declared type must match the file's own signature, so a renamed executable cannot pass as a PDF.
const signatures: Record<UploadDocumentRequest['mimeType'], number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
};

const invalidDocument = (message: string) => new AppError('validation', 'VALIDATION_FAILED', message, { issues: [{ path: 'body.contentBase64', message }] });

export const uploadDocument = async (tx: Transaction, context: RequestContext, { participantId, ...input }: UploadDocumentRequest & { participantId: string }) => {
  await findVisibleParticipant(tx, context.actor, participantId);
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0 || content.length > maxDocumentBytes) throw invalidDocument('The file is empty or larger than 5 MB');
  if (!signatures[input.mimeType].every((byte, index) => content[index] === byte)) throw invalidDocument('The file is not of the declared type');
  const [created] = await tx
    .insert(documents)
    .values({
      organiserId: context.actor.organiserId,
      participantId,
      type: input.type,
      fileName: input.fileName,
      mimeType: input.mimeType,
      sizeBytes: content.length,
      content,
      validFrom: input.validFrom ?? null,
      validTo: input.validTo ?? null,
      uploadedBy: context.actor.accountId,
      uploadedAt: context.now,
    })
    .returning();
  if (!created) throw new Error('Insert returned no row');
  await recordAudit(tx, context, {
    action: 'participant.document.create',
    entityType: 'participant',
    entityId: participantId,
    changedFields: { documentId: created.id, type: input.type, fileName: input.fileName, validFrom: input.validFrom, validTo: input.validTo },
  });
  return {
    id: created.id,
    type: created.type,
    fileName: created.fileName,
    mimeType: created.mimeType,
    sizeBytes: created.sizeBytes,
    validFrom: created.validFrom,
    validTo: created.validTo,
    uploadedAt: created.uploadedAt.toISOString(),
  };
};
