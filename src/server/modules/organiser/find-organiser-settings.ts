import { eq } from 'drizzle-orm';
import type { OrganiserSettings } from '../../../contracts/organiser';
import type { Database, Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { organisers } from '../../platform/tenancy/schema';
import { organiserSettingsColumns } from './organiser-settings-columns';

export const findOrganiserSettings = async (db: Database | Transaction, organiserId: string): Promise<OrganiserSettings> => {
  const [row] = await db.select(organiserSettingsColumns).from(organisers).where(eq(organisers.id, organiserId));
  if (!row) throw notFound('Organiser');
  return row;
};
