import { and, eq, sql } from 'drizzle-orm';
import type { ApproveClientApplicationRequest, ClientApplicationDetail, DeclineClientApplicationRequest } from '../../../contracts/client-applications';
import type { MessageLanguage } from '../../../contracts/messages';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError, versionConflict } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { addClientContact, recordClientJobWish } from '../clients/client-intake';
import { createClient } from '../clients/create-client';
import { inviteClientContact } from '../invitations/invite-client-contact';
import { queueMessage } from '../messages/queue-message';
import { applicationDetail, findApplication } from './client-application-row';
import { clientApplications } from './schema';

type ApplicationRow = Awaited<ReturnType<typeof findApplication>>;

const openApplication = async (tx: Transaction, context: RequestContext, applicationId: string, version: number): Promise<ApplicationRow> => {
  const row = await findApplication(tx, context.actor, applicationId);
  if (row.status !== 'new') throw new AppError('conflict', 'INVALID_STATE', 'This application was already decided');
  if (row.version !== version) throw versionConflict();
  return row;
};

const languageOf = (row: ApplicationRow): MessageLanguage => (row.preferredLanguage === 'fr' || row.preferredLanguage === 'en' ? row.preferredLanguage : 'nl');

const markDecided = async (
  tx: Transaction,
  context: RequestContext,
  row: ApplicationRow,
  fields: { status: 'approved' | 'declined'; clientId?: string; declineReason?: string },
) => {
  const [updated] = await tx
    .update(clientApplications)
    .set({ ...fields, decidedAt: context.now, decidedByAccountId: context.actor.accountId, version: sql`${clientApplications.version} + 1` })
    .where(and(eq(clientApplications.id, row.id), eq(clientApplications.version, row.version)))
    .returning();
  if (!updated) throw versionConflict();
  return updated;
};

/**
 * Approves a registration: a new client through the clients module (its duplicate check answers 409 with the
 * registered one, which the coordinator may link instead with `linkToClientId`), the contact person on it, the
 * job wish kept on the client, an invitation to the portal for the contact, and the applicant told by e-mail.
 */
export const approveClientApplication = async (
  tx: Transaction,
  context: RequestContext,
  {
    applicationId,
    version,
    linkToClientId,
    confirmNotDuplicate,
    areaMunicipalityId,
    publicUrl,
  }: ApproveClientApplicationRequest & { applicationId: string; publicUrl: URL },
): Promise<ClientApplicationDetail> => {
  const row = await openApplication(tx, context, applicationId, version);
  const clientId =
    linkToClientId ??
    (
      await createClient(tx, context, {
        category: row.category,
        localAuthorityKind: row.localAuthorityKind,
        name: row.name,
        enterpriseNumber: row.enterpriseNumber,
        address: { street: row.street, postcode: row.postcode, city: row.city },
        ...(areaMunicipalityId ? { areaMunicipalityId } : {}),
        email: row.contactEmail,
        phone: row.contactPhone,
        preferredChannel: row.preferredChannel,
        preferredLanguage: row.preferredLanguage,
        contacts: [],
        ...(confirmNotDuplicate ? { confirmNotDuplicate } : {}),
      })
    ).id;
  const contact = { name: row.contactName, email: row.contactEmail, phone: row.contactPhone, role: null };
  const { contactId, clientName, clientNumber } = await addClientContact(tx, context, { clientId, contact });
  if (row.jobWish !== null) await recordClientJobWish(tx, context, { clientId, text: row.jobWish, activityCode: row.jobWishActivityCode });
  await inviteClientContact(tx, context, { clientContactId: contactId, email: row.contactEmail, publicUrl });
  await queueMessage(tx, context, {
    recipient: { kind: 'contact', name: row.contactName, email: row.contactEmail, phone: null, language: languageOf(row) },
    template: 'client-application-decided',
    data: { decision: 'approved', clientName, clientNumber },
  });
  const updated = await markDecided(tx, context, row, { status: 'approved', clientId });
  await recordAudit(tx, context, {
    action: 'client_application.approve',
    entityType: 'client_application',
    entityId: row.id,
    changedFields: { clientId, linkedToExisting: linkToClientId !== undefined, clientContactId: contactId },
  });
  return applicationDetail(tx, updated);
};

/** Declines a registration with the reason the applicant reads in the e-mail; nothing else is made. */
export const declineClientApplication = async (
  tx: Transaction,
  context: RequestContext,
  { applicationId, version, reason }: DeclineClientApplicationRequest & { applicationId: string },
): Promise<ClientApplicationDetail> => {
  const row = await openApplication(tx, context, applicationId, version);
  await queueMessage(tx, context, {
    recipient: { kind: 'contact', name: row.contactName, email: row.contactEmail, phone: null, language: languageOf(row) },
    template: 'client-application-decided',
    data: { decision: 'declined', clientName: row.name, reason },
  });
  const updated = await markDecided(tx, context, row, { status: 'declined', declineReason: reason });
  await recordAudit(tx, context, { action: 'client_application.decline', entityType: 'client_application', entityId: row.id, changedFields: { reason } });
  return applicationDetail(tx, updated);
};
