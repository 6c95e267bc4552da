import { and, eq, sql } from 'drizzle-orm';
import type { OrganiserSettings, UpdateOrganiserSettingsRequest } from '../../../contracts/organiser';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Database, Transaction } from '../../platform/db/database';
import { notFound, versionConflict } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { organisers } from '../../platform/tenancy/schema';

const columns = {
  id: organisers.id,
  slug: organisers.slug,
  name: organisers.name,
  requireStaffTwoFactor: organisers.requireStaffTwoFactor,
  version: organisers.version,
};

export const findOrganiserSettings = async (db: Database | Transaction, organiserId: string): Promise<OrganiserSettings> => {
  const [row] = await db.select(columns).from(organisers).where(eq(organisers.id, organiserId));
  if (!row) throw notFound('Organiser');
  return row;
};

/** The organiser's own configuration; today its name and whether staff must use an authenticator. */
export const updateOrganiserSettings = async (
  tx: Transaction,
  context: RequestContext,
  { version, ...changes }: UpdateOrganiserSettingsRequest,
): Promise<OrganiserSettings> => {
  const [row] = await tx
    .update(organisers)
    .set({ ...changes, version: sql`${organisers.version} + 1` })
    .where(and(eq(organisers.id, context.actor.organiserId), eq(organisers.version, version)))
    .returning(columns);
  if (!row) throw versionConflict();
  await recordAudit(tx, context, { action: 'organiser.update', entityType: 'organiser', entityId: row.id, changedFields: changes });
  return row;
};
