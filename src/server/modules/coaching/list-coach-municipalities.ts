import { eq } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { coachMunicipalities } from './schema';

export const listCoachMunicipalities = async (tx: Transaction, context: RequestContext): Promise<{ municipalityIds: string[] }> => {
  const rows = await tx
    .select({ id: coachMunicipalities.municipalityId })
    .from(coachMunicipalities)
    .where(eq(coachMunicipalities.organiserId, context.actor.organiserId));
  return { municipalityIds: rows.map((row) => row.id) };
};
