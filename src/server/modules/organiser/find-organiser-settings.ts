import { eq } from 'drizzle-orm';
import type { OrganiserSettings } from '../../../contracts/organiser';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { organisers } from '../../platform/tenancy/schema';
import { organiserSettingsColumns } from './organiser-settings-columns';

export const findOrganiserSettings = async (tx: Transaction, context: RequestContext): Promise<OrganiserSettings> => {
  const [row] = await tx.select(organiserSettingsColumns).from(organisers).where(eq(organisers.id, context.actor.organiserId));
  if (!row) throw notFound('Organiser');
  return row;
};
