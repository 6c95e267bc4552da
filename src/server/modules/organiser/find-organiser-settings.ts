import { eq } from 'drizzle-orm';
import type { OrganiserSettings } from '../../../contracts/organiser';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { organisers } from '../../platform/tenancy/schema';
import { organiserSettingsColumns } from './organiser-settings-columns';

export const findOrganiserSettings = async (db: Executor, context: RequestContext): Promise<OrganiserSettings> => {
  const [row] = await db.select(organiserSettingsColumns).from(organisers).where(eq(organisers.id, context.actor.organiserId));
  if (!row) throw notFound('Organiser');
  return row;
};
