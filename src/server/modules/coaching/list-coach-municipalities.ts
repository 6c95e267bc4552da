import { eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/database';
import { coachMunicipalities } from './schema';

export const listCoachMunicipalities = async (db: Database, organiserId: string): Promise<{ municipalityIds: string[] }> => {
  const rows = await db
    .select({ id: coachMunicipalities.municipalityId })
    .from(coachMunicipalities)
    .where(eq(coachMunicipalities.organiserId, organiserId));
  return { municipalityIds: rows.map((row) => row.id) };
};
