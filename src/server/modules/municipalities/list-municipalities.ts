import { asc, eq } from 'drizzle-orm';
import type { Municipality } from '../../../contracts/municipalities';
import type { Database } from '../../platform/db/database';
import { municipalities } from './schema';

export const listMunicipalities = (db: Database, organiserId: string): Promise<Municipality[]> =>
  db
    .select({ id: municipalities.id, nisCode: municipalities.nisCode, nameNl: municipalities.nameNl, postcodes: municipalities.postcodes })
    .from(municipalities)
    .where(eq(municipalities.organiserId, organiserId))
    .orderBy(asc(municipalities.nameNl));
