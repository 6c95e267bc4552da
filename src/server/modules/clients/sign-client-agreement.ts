import { and, eq, isNull } from 'drizzle-orm';
import type { ClientDetail, SignClientAgreementRequest } from '../../../contracts/clients';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { findClientAgreement } from './find-client-agreement';
import { loadClientDetail } from './load-client-detail';
import { clientAgreements } from './schema';

/** Staff record the date the client signed the agreement on paper (R7, R17); signing twice is refused. */
export const signClientAgreement = async (
  tx: Transaction,
  context: RequestContext,
  { clientId, agreementId, ...input }: SignClientAgreementRequest & { clientId: string; agreementId: string },
): Promise<ClientDetail> => {
  const { client, agreement } = await findClientAgreement(tx, context, { clientId, agreementId });
  const signed = await tx
    .update(clientAgreements)
    .set(input)
    .where(and(eq(clientAgreements.id, agreement.id), isNull(clientAgreements.signedOn)))
    .returning({ id: clientAgreements.id });
  if (signed.length === 0) throw new AppError('conflict', 'INVALID_STATE', 'This agreement is already signed');
  await recordAudit(tx, context, { action: 'client.agreement.sign', entityType: 'client', entityId: clientId, changedFields: { agreementId, ...input } });
  return loadClientDetail(tx, context, client);
};
