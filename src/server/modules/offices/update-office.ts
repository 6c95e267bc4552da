import type { Office, UpdateOfficeRequest } from '../../../contracts/offices';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { bumpOfficeVersion } from './bump-office-version';
import { findOffice } from './find-office';

export const updateOffice = async (
  tx: Transaction,
  context: RequestContext,
  { officeId, version, address, ...fields }: UpdateOfficeRequest & { officeId: string },
): Promise<Office> => {
  await bumpOfficeVersion(tx, context, officeId, version, { ...fields, ...address });
  await recordAudit(tx, context, {
    action: 'office.update',
    entityType: 'office',
    entityId: officeId,
    changedFields: { ...fields, ...(address ? { address } : {}) },
  });
  return findOffice(tx, context, { officeId });
};
