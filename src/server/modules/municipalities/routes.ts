import { municipalityListSchema } from '../../../contracts/municipalities';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inSnapshot } from '../../platform/http/transaction';
import { listMunicipalities } from './list-municipalities';
import { municipalitiesPolicy } from '../../../contracts/policies/municipalities';

export const registerMunicipalityRoutes = (app: App): void => {
  app.get('/api/municipalities', {
    config: { access: allow(municipalitiesPolicy, 'municipalities.read') },
    schema: { operationId: 'listMunicipalities', summary: "Municipalities of the organiser's area", tags: ['municipalities'], response: { 200: municipalityListSchema } },
    handler: (request) => inSnapshot(request, (db, context) => listMunicipalities(db, context)),
  });
};
