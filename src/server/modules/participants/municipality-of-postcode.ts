import { and, arrayContains, eq } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/database';
import { municipalities } from '../municipalities/schema';

/** The organiser's municipality a postcode belongs to, or null when it lies outside the organiser's area. */
export const municipalityOfPostcode = async (tx: Transaction, organiserId: string, postcode: string): Promise<string | null> => {
  const [row] = await tx
    .select({ id: municipalities.id })
    .from(municipalities)
    .where(and(eq(municipalities.organiserId, organiserId), arrayContains(municipalities.postcodes, [postcode])));
  return row?.id ?? null;
};
