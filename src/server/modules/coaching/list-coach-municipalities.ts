import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { coachMunicipalities } from './schema';

export const listCoachMunicipalities = async (db: Executor, context: RequestContext): Promise<{ municipalityIds: string[] }> => {
  const rows = await db
    .select({ id: coachMunicipalities.municipalityId })
    .from(coachMunicipalities)
    .where(eq(coachMunicipalities.organiserId, context.actor.organiserId));
  return { municipalityIds: rows.map((row) => row.id) };
};
