import { and, eq } from 'drizzle-orm';
import type { Office } from '../../../contracts/offices';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { findOffice } from './find-office';
import { officeClosures } from './schema';

export const removeClosure = async (tx: Transaction, context: RequestContext, { officeId, closureId }: { officeId: string; closureId: string }): Promise<Office> => {
  const organiserId = context.actor.organiserId;
  const removed = await tx
    .delete(officeClosures)
    .where(and(eq(officeClosures.id, closureId), eq(officeClosures.officeId, officeId), eq(officeClosures.organiserId, organiserId)))
    .returning({ startsOn: officeClosures.startsOn, endsOn: officeClosures.endsOn, reason: officeClosures.reason });
  if (removed.length === 0) throw notFound('Closure');
  await recordAudit(tx, context, {
    action: 'office.closure.delete',
    entityType: 'office',
    entityId: officeId,
    changedFields: { closureId, ...removed[0] },
  });
  return findOffice(tx, context, { officeId });
};
