import type { Executor } from '../../platform/db/database';
import { renderAgreementPdf } from '../../platform/documents/agreement-pdf';
import type { RequestContext } from '../../platform/http/request-context';
import { clientAgreementTemplates } from './client-agreement-templates';
import { findClientAgreement } from './find-client-agreement';

/** The gebruikersovereenkomst as PDF, from the template version and the fields frozen when it was drawn up. */
export const renderClientAgreement = async (tx: Executor, context: RequestContext, input: { clientId: string; agreementId: string }): Promise<Buffer> => {
  const { agreement } = await findClientAgreement(tx, context, input);
  const template = clientAgreementTemplates.find((candidate) => candidate.version === agreement.templateVersion);
  if (!template) throw new Error(`Client agreement template ${agreement.templateVersion} is missing`);
  const fields = agreement.snapshot;
  return renderAgreementPdf({
    title: template.title,
    templateVersion: template.version,
    clauses: template.clauses(fields),
    organiserName: fields.organiserName,
    partyLabel: 'De gebruiker',
    partyName: fields.clientName,
    signedOn: agreement.signedOn,
  });
};
