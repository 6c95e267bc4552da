import { eq } from 'drizzle-orm';
import type { ClientDetail } from '../../../contracts/clients';
import { registrationFeeFor } from '../../../domain/clients/registration-fee';
import { formatEnterpriseNumber } from '../../../domain/identity/kbo';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { yearOf } from '../../../domain/time/civil-date';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { organisers } from '../../platform/tenancy/schema';
import { findClient } from './client-access';
import { currentClientAgreementTemplate, type ClientAgreementFields } from './client-agreement-templates';
import { loadClientDetail } from './load-client-detail';
import { clientAgreements } from './schema';

/** `750` → `€ 7,50`, as the Dutch text writes amounts. */
const euro = (cents: number): string => `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;

/** Draws up a gebruikersovereenkomst from the current template; its fields are frozen so the PDF never changes. */
export const createClientAgreement = async (tx: Transaction, context: RequestContext, { clientId }: { clientId: string }): Promise<ClientDetail> => {
  const client = await findClient(tx, context.actor, clientId);
  const [organiser] = await tx.select({ name: organisers.name }).from(organisers).where(eq(organisers.id, context.actor.organiserId));
  const template = currentClientAgreementTemplate();
  const fee = registrationFeeFor(client.clientNumber, yearOf(civilDateOfInstant(context.now)));
  const snapshot: ClientAgreementFields = {
    organiserName: organiser?.name ?? '',
    clientName: client.name,
    clientNumber: client.clientNumber,
    enterpriseNumber: client.enterpriseNumber ? formatEnterpriseNumber(client.enterpriseNumber) : null,
    address: `${client.street}, ${client.postcode} ${client.city}`,
    feeAmount: euro(fee.amountCents),
  };
  const [created] = await tx
    .insert(clientAgreements)
    .values({ organiserId: context.actor.organiserId, clientId, templateVersion: template.version, snapshot, createdAt: context.now })
    .returning({ id: clientAgreements.id });
  await recordAudit(tx, context, {
    action: 'client.agreement.create',
    entityType: 'client',
    entityId: clientId,
    changedFields: { agreementId: created?.id, templateVersion: template.version },
  });
  return loadClientDetail(tx, context, client);
};
