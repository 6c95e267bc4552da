import type { CreateOfficeRequest, Office } from '../../../contracts/offices';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { findOffice } from './find-office';
import { offices } from './schema';

export const createOffice = async (tx: Transaction, context: RequestContext, input: CreateOfficeRequest): Promise<Office> => {
  const [created] = await tx
    .insert(offices)
    .values({
      organiserId: context.actor.organiserId,
      name: input.name,
      phone: input.phone,
      email: input.email,
      ...input.address,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning({ id: offices.id });
  if (!created) throw new Error('Insert returned no row');
  await recordAudit(tx, context, { action: 'office.create', entityType: 'office', entityId: created.id, changedFields: { ...input } });
  return findOffice(tx, context, { officeId: created.id });
};
