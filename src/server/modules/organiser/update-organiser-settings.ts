import { and, eq, sql } from 'drizzle-orm';
import type { OrganiserSettings, UpdateOrganiserSettingsRequest } from '../../../contracts/organiser';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import { versionConflict } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { organisers } from '../../platform/tenancy/schema';
import { organiserSettingsColumns } from './organiser-settings-columns';

/** The organiser's own configuration: its name, whether staff must use an authenticator, what to do with a domicile outside the area. */
export const updateOrganiserSettings = async (
  tx: Transaction,
  context: RequestContext,
  { version, ...changes }: UpdateOrganiserSettingsRequest,
): Promise<OrganiserSettings> => {
  const [row] = await tx
    .update(organisers)
    .set({ ...changes, version: sql`${organisers.version} + 1` })
    .where(and(eq(organisers.id, context.actor.organiserId), eq(organisers.version, version)))
    .returning(organiserSettingsColumns);
  if (!row) throw versionConflict();
  await recordAudit(tx, context, { action: 'organiser.update', entityType: 'organiser', entityId: row.id, changedFields: changes });
  return row;
};
