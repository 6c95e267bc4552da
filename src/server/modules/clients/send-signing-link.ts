import { and, eq } from 'drizzle-orm';
import type { ClientDetail, SendSigningLinkRequest } from '../../../contracts/clients';
import { parameterOn } from '../../../domain/parameters/parameter-lookup';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { recordAudit } from '../../platform/audit/record-audit';
import { issueOneTimeLink } from '../../platform/auth/one-time-links';
import type { Transaction } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { oneTimeLinkUrl } from '../accounts/one-time-link-url';
import { queueMessage } from '../messages/queue-message';
import { findClientAgreement } from './find-client-agreement';
import { loadClientDetail } from './load-client-detail';
import { clientAgreementSigningLinks, clientContacts } from './schema';

/**
 * "Verstuur ter ondertekening": the agreement goes to one of the client's contacts as a one-time link (hashed,
 * expiring, single use; decision 040). Sending it again replaces the unused link sent to that address. It is valid
 * as long as an invitation link, the other link sent to someone who may not have a login yet.
 */
export const sendSigningLink = async (
  tx: Transaction,
  context: RequestContext,
  { clientId, agreementId, contactId, publicUrl }: SendSigningLinkRequest & { clientId: string; agreementId: string; publicUrl: URL },
): Promise<ClientDetail> => {
  const { client, agreement } = await findClientAgreement(tx, context, { clientId, agreementId });
  if (agreement.signedOn !== null) throw new AppError('conflict', 'INVALID_STATE', 'This agreement is already signed');
  const [contact] = await tx
    .select({ id: clientContacts.id, name: clientContacts.name, email: clientContacts.email })
    .from(clientContacts)
    .where(and(eq(clientContacts.id, contactId), eq(clientContacts.clientId, clientId), eq(clientContacts.organiserId, context.actor.organiserId)));
  if (!contact) throw notFound('Client contact');
  if (contact.email === null) {
    throw new AppError('validation', 'VALIDATION_FAILED', 'This contact has no e-mail address', {
      issues: [{ path: 'body.contactId', message: 'CONTACT_EMAIL_MISSING' }],
    });
  }
  const validForMinutes = parameterOn('invitationLinkValidDays', civilDateOfInstant(context.now)) * 24 * 60;
  const link = await issueOneTimeLink(tx, context, {
    purpose: 'client_agreement_signing',
    organiserId: context.actor.organiserId,
    recipient: { email: contact.email },
    validForMinutes,
  });
  await tx.insert(clientAgreementSigningLinks).values({ oneTimeLinkId: link.id, organiserId: context.actor.organiserId, agreementId, contactId, sentAt: context.now });
  const language = client.preferredLanguage === 'fr' || client.preferredLanguage === 'en' ? client.preferredLanguage : 'nl';
  await queueMessage(tx, context, {
    recipient: { kind: 'contact', name: contact.name, email: contact.email, phone: null, language },
    template: 'client-agreement-signing',
    data: { clientName: client.name, link: oneTimeLinkUrl(publicUrl, 'ondertekenen', link.token), expiresAt: link.expiresAt },
  });
  await recordAudit(tx, context, { action: 'client.agreement.signing_link.send', entityType: 'client', entityId: clientId, changedFields: { agreementId, contactId } });
  return loadClientDetail(tx, context, client);
};
