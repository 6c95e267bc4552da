import { asc, eq } from 'drizzle-orm';
import type { Municipality } from '../../../contracts/municipalities';
import type { Executor } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { municipalities } from './schema';

export const listMunicipalities = async (db: Executor, context: RequestContext): Promise<{ items: Municipality[] }> => ({
  items: await db
    .select({ id: municipalities.id, nisCode: municipalities.nisCode, nameNl: municipalities.nameNl, postcodes: municipalities.postcodes })
    .from(municipalities)
    .where(eq(municipalities.organiserId, context.actor.organiserId))
    .orderBy(asc(municipalities.nameNl)),
});
