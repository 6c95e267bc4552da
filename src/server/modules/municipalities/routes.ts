import { asc, eq } from 'drizzle-orm';
import { municipalityListSchema } from '../../../contracts/municipalities';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { requestContext } from '../../platform/http/transaction';
import { municipalitiesPolicy } from './policy';
import { municipalities } from './schema';

export const registerMunicipalityRoutes = (app: App): void => {
  app.get('/api/municipalities', {
    config: { access: allow(municipalitiesPolicy, 'municipalities.read') },
    schema: { tags: ['municipalities'], response: { 200: municipalityListSchema } },
    handler: async (request) => ({
      items: await app.database.db
        .select({ id: municipalities.id, nisCode: municipalities.nisCode, nameNl: municipalities.nameNl, postcodes: municipalities.postcodes })
        .from(municipalities)
        .where(eq(municipalities.organiserId, requestContext(request).actor.organiserId))
        .orderBy(asc(municipalities.nameNl)),
    }),
  });
};
