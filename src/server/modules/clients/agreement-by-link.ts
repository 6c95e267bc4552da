import { and, eq } from 'drizzle-orm';
import type { OneTimeLink } from '../../platform/auth/one-time-links';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { organisers } from '../../platform/tenancy/schema';
import { clientAgreementTemplates } from './client-agreement-templates';
import { clientAgreements, clientAgreementSigningLinks, clients } from './schema';

/** The agreement a signing link offers, while it is unsigned; otherwise the link is no longer valid. */
export const agreementOfLink = async (tx: Transaction, link: OneTimeLink) => {
  const [row] = await tx
    .select({ agreement: clientAgreements, clientName: clients.name, organiserName: organisers.name })
    .from(clientAgreementSigningLinks)
    .innerJoin(clientAgreements, eq(clientAgreements.id, clientAgreementSigningLinks.agreementId))
    .innerJoin(clients, eq(clients.id, clientAgreements.clientId))
    .innerJoin(organisers, eq(organisers.id, clientAgreements.organiserId))
    .where(and(eq(clientAgreementSigningLinks.oneTimeLinkId, link.id), eq(clientAgreementSigningLinks.organiserId, link.organiserId)));
  if (!row) return new AppError('notFound', 'LINK_INVALID', 'This link is not valid');
  if (row.agreement.signedOn !== null) return new AppError('conflict', 'LINK_USED', 'This agreement is already signed');
  const template = clientAgreementTemplates.find((candidate) => candidate.version === row.agreement.templateVersion);
  if (!template) throw new Error(`Client agreement template ${row.agreement.templateVersion} is missing`);
  return { ...row, template };
};
