import { and, eq, isNull } from 'drizzle-orm';
import type { AgreementSigned, AgreementSigningPreview, SignAgreementByLinkRequest } from '../../../contracts/clients';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { recordPublicAudit } from '../../platform/audit/record-audit';
import { consumeOneTimeLink, findOneTimeLink } from '../../platform/auth/one-time-links';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { AnonymousContext } from '../../platform/http/request-context';
import type { RefusedAfterCommit } from '../../platform/http/transaction';
import { assertLinkFormOpen, refuseLink } from '../accounts/link-form';
import { agreementOfLink } from './agreement-by-link';
import { clientAgreements } from './schema';

const purpose = 'client_agreement_signing' as const;

/** The public signing page: the frozen text of the agreement the link offers, without using the link. */
export const previewAgreementSigning = async (
  tx: Transaction,
  context: AnonymousContext,
  { token }: { token: string },
): Promise<AgreementSigningPreview | RefusedAfterCommit> => {
  await assertLinkFormOpen(tx, context);
  const link = await findOneTimeLink(tx, { purpose, token, now: context.now });
  if (link instanceof AppError) return refuseLink(tx, context, link);
  const found = await agreementOfLink(tx, link);
  if (found instanceof AppError) return refuseLink(tx, context, found);
  return {
    organiserName: found.organiserName,
    clientName: found.clientName,
    title: found.template.title,
    templateVersion: found.template.version,
    clauses: found.template.clauses(found.agreement.snapshot),
    expiresAt: link.expiresAt.toISOString(),
  };
};

/**
 * The client signs from the e-mailed link (R7, R17): today's date, method `link`, the name they typed and the IP
 * the form came from are recorded, and the link is used up. A second use, or an agreement signed meanwhile on
 * paper, is refused and counted like any refused link.
 */
export const signAgreementByLink = async (
  tx: Transaction,
  context: AnonymousContext,
  { token, typedName }: SignAgreementByLinkRequest,
): Promise<AgreementSigned | RefusedAfterCommit> => {
  await assertLinkFormOpen(tx, context);
  const input = { purpose, token, now: context.now };
  const link = await findOneTimeLink(tx, input);
  if (link instanceof AppError) return refuseLink(tx, context, link);
  const found = await agreementOfLink(tx, link);
  if (found instanceof AppError) return refuseLink(tx, context, found);
  const used = await consumeOneTimeLink(tx, input);
  if (used instanceof AppError) throw used;
  const signedOn: string = civilDateOfInstant(context.now);
  const signed = await tx
    .update(clientAgreements)
    .set({ signedOn, signedHow: 'link', signedName: typedName, signedIp: context.ip })
    .where(and(eq(clientAgreements.id, found.agreement.id), isNull(clientAgreements.signedOn)))
    .returning({ id: clientAgreements.id });
  if (signed.length === 0) throw new AppError('conflict', 'LINK_USED', 'This agreement is already signed');
  await recordPublicAudit(
    tx,
    { ...context, organiserId: link.organiserId },
    {
      action: 'client.agreement.sign_by_link',
      entityType: 'client',
      entityId: found.agreement.clientId,
      changedFields: { agreementId: found.agreement.id, signedOn, typedName },
    },
  );
  return { signedOn, clientName: found.clientName };
};
