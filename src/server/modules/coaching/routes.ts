import { coachListSchema, coachMunicipalitiesSchema } from '../../../contracts/coaching';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inSnapshot, inTransaction } from '../../platform/http/transaction';
import { listCoachMunicipalities } from './list-coach-municipalities';
import { listCoaches } from './list-coaches';
import { coachingPolicy } from '../../../contracts/policies/coaching';
import { replaceCoachMunicipalities } from './replace-coach-municipalities';

const tags = ['coaching'];

export const registerCoachingRoutes = (app: App): void => {
  app.get('/api/coaches', {
    config: { access: allow(coachingPolicy, 'coaches.read') },
    schema: { operationId: 'listCoaches', summary: 'List werkcoaches', tags, response: { 200: coachListSchema } },
    handler: (request) => inSnapshot(request, (db, context) => listCoaches(db, context)),
  });

  app.get('/api/coach-municipalities', {
    config: { access: allow(coachingPolicy, 'coachMunicipalities.read') },
    schema: { operationId: 'listCoachMunicipalities', summary: 'Municipalities where werkcoaches work', tags, response: { 200: coachMunicipalitiesSchema } },
    handler: (request) => inSnapshot(request, (db, context) => listCoachMunicipalities(db, context)),
  });

  app.put('/api/coach-municipalities', {
    config: { access: allow(coachingPolicy, 'coachMunicipalities.update') },
    schema: {
      operationId: 'replaceCoachMunicipalities',
      summary: 'Replace the municipalities where werkcoaches work',
      tags,
      body: coachMunicipalitiesSchema,
      response: { 200: coachMunicipalitiesSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => replaceCoachMunicipalities(tx, context, request.body)),
  });
};
