import type { CreateClosureRequest, Office } from '../../../contracts/offices';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { findOffice } from './find-office';
import { officeClosures } from './schema';

export const addClosure = async (tx: Transaction, context: RequestContext, { officeId, ...input }: CreateClosureRequest & { officeId: string }): Promise<Office> => {
  const organiserId = context.actor.organiserId;
  await findOffice(tx, context, { officeId });
  const [created] = await tx
    .insert(officeClosures)
    .values({ ...input, organiserId, officeId })
    .returning({ id: officeClosures.id });
  await recordAudit(tx, context, {
    action: 'office.closure.create',
    entityType: 'office',
    entityId: officeId,
    changedFields: { closureId: created?.id, ...input },
  });
  return findOffice(tx, context, { officeId });
};
