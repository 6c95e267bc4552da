import { and, eq } from 'drizzle-orm';
import type { Office, ReplaceOpeningHoursRequest } from '../../../contracts/offices';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { bumpOfficeVersion } from './bump-office-version';
import { findOffice } from './find-office';
import { officeOpeningHours } from './schema';

/** Replaces the whole weekly schedule at once: what the admin sees is exactly what gets stored. */
export const replaceOpeningHours = async (
  tx: Transaction,
  context: RequestContext,
  { officeId, version, slots }: ReplaceOpeningHoursRequest & { officeId: string },
): Promise<Office> => {
  const organiserId = context.actor.organiserId;
  await bumpOfficeVersion(tx, context, officeId, version);
  await tx.delete(officeOpeningHours).where(and(eq(officeOpeningHours.officeId, officeId), eq(officeOpeningHours.organiserId, organiserId)));
  if (slots.length > 0) {
    await tx.insert(officeOpeningHours).values(slots.map((slot) => ({ ...slot, organiserId, officeId })));
  }
  await recordAudit(tx, context, {
    action: 'office.opening_hours.replace',
    entityType: 'office',
    entityId: officeId,
    changedFields: { slots },
  });
  return findOffice(tx, context, { officeId });
};
