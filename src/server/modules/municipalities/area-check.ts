import { eq } from 'drizzle-orm';
import { domicileAreaCheck, type DomicileAreaVerdict } from '../../../domain/organiser/domicile-area';
import type { Transaction } from '../../platform/db/database';
import { organisers } from '../../platform/tenancy/schema';
import { municipalities } from './schema';

/**
 * Where an address stands against the Flemish Region and the organiser's area under its `outsideAreaPolicy`
 * (decision 122): one check for a wijk-werker's domicile and a client's address alike.
 */
export const areaCheck = async (tx: Transaction, organiserId: string, postcode: string, chosenMunicipalityId: string | null): Promise<DomicileAreaVerdict> => {
  const [organiser] = await tx.select({ policy: organisers.outsideAreaPolicy }).from(organisers).where(eq(organisers.id, organiserId));
  const area = await tx.select({ id: municipalities.id, postcodes: municipalities.postcodes }).from(municipalities).where(eq(municipalities.organiserId, organiserId));
  return domicileAreaCheck({ postcode, area, policy: organiser?.policy ?? 'warn', chosenMunicipalityId });
};
