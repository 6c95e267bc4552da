import { recordAccess } from '../../platform/audit/record-access';
import type { Transaction } from '../../platform/db/database';
import { renderAgreementPdf } from '../../platform/documents/agreement-pdf';
import type { RequestContext } from '../../platform/http/request-context';
import { agreementTemplates } from './agreement-templates';
import { findAgreement } from './find-agreement';

export const renderAgreement = async (tx: Transaction, context: RequestContext, input: { participantId: string; agreementId: string }): Promise<Buffer> => {
  const agreement = await findAgreement(tx, context, input);
  const template = agreementTemplates.find((candidate) => candidate.version === agreement.templateVersion);
  if (!template) throw new Error(`Agreement template ${agreement.templateVersion} is missing`);
  await recordAccess(tx, context, { type: 'participant', id: input.participantId, fields: ['agreement'] });
  const fields = agreement.snapshot;
  return renderAgreementPdf({
    title: template.title,
    templateVersion: template.version,
    clauses: template.clauses(fields),
    organiserName: fields.organiserName,
    partyLabel: 'De wijk-werker',
    partyName: fields.participantName,
    signedOn: agreement.signedOn,
  });
};
