import { z } from 'zod';
import {
  activityCatalogueSchema,
  addMunicipalityActivityRequestSchema,
  clientActivitiesSchema,
  decideExceptionalActivityRequestSchema,
  endMunicipalityActivityRequestSchema,
  requestExceptionalActivityRequestSchema,
  setClientPwaActivitiesRequestSchema,
} from '../../../contracts/activities';
import { idSchema } from '../../../contracts/common';
import { activitiesPolicy } from '../../../contracts/policies/activities';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inSnapshot, inTransaction } from '../../platform/http/transaction';
import { addMunicipalityActivity } from './add-municipality-activity';
import { loadClientActivities } from './client-activities';
import { endMunicipalityActivity } from './end-municipality-activity';
import { decideExceptionalActivity, requestExceptionalActivity } from './exceptional-activities';
import { loadActivityCatalogue } from './load-activity-catalogue';
import { setClientPwaActivities } from './set-client-pwa-activities';

const tags = ['activities'];
const read = allow(activitiesPolicy, 'activities.read');
const write = allow(activitiesPolicy, 'activities.write');
const clientParams = z.object({ clientId: idSchema }).strict();
const catalogue = { 200: activityCatalogueSchema };
const clientActivities = { 200: clientActivitiesSchema };

export const registerActivityRoutes = (app: App): void => {
  app.get('/api/activities', {
    config: { access: read },
    schema: { operationId: 'getActivityCatalogue', summary: 'The Flemish activity list and each area municipality’s subset (R15)', tags, response: catalogue },
    handler: (request) => inSnapshot(request, (db, context) => loadActivityCatalogue(db, context)),
  });

  app.post('/api/activities/municipalities/:municipalityId/choices', {
    config: { access: write },
    schema: {
      operationId: 'addMunicipalityActivity',
      summary: 'A municipality chooses an activity from a date',
      tags,
      params: z.object({ municipalityId: idSchema }).strict(),
      body: addMunicipalityActivityRequestSchema,
      response: catalogue,
    },
    handler: (request) => inTransaction(request, (tx, context) => addMunicipalityActivity(tx, context, { ...request.params, ...request.body })),
  });

  app.post('/api/activities/choices/:choiceId/end', {
    config: { access: write },
    schema: {
      operationId: 'endMunicipalityActivity',
      summary: 'A municipality drops an activity on a date',
      tags,
      params: z.object({ choiceId: idSchema }).strict(),
      body: endMunicipalityActivityRequestSchema,
      response: catalogue,
    },
    handler: (request) => inTransaction(request, (tx, context) => endMunicipalityActivity(tx, context, { ...request.params, ...request.body })),
  });

  app.get('/api/activities/clients/:clientId', {
    config: { access: read },
    schema: { operationId: 'getClientActivities', summary: 'A client’s PWA history and exceptional activities', tags, params: clientParams, response: clientActivities },
    handler: (request) => inSnapshot(request, (db, context) => loadClientActivities(db, context, request.params)),
  });

  app.put('/api/activities/clients/:clientId/pwa', {
    config: { access: write },
    schema: {
      operationId: 'setClientPwaActivities',
      summary: 'The transitional activities the client did under the PWA (R16)',
      tags,
      params: clientParams,
      body: setClientPwaActivitiesRequestSchema,
      response: clientActivities,
    },
    handler: (request) => inTransaction(request, (tx, context) => setClientPwaActivities(tx, context, { ...request.params, ...request.body })),
  });

  app.post('/api/activities/clients/:clientId/exceptional', {
    config: { access: write },
    schema: {
      operationId: 'requestExceptionalActivity',
      summary: 'Record an exceptional activity asked of the VDAB for the client',
      tags,
      params: clientParams,
      body: requestExceptionalActivityRequestSchema,
      response: clientActivities,
    },
    handler: (request) => inTransaction(request, (tx, context) => requestExceptionalActivity(tx, context, { ...request.params, ...request.body })),
  });

  app.post('/api/activities/exceptional/:exceptionalId/decision', {
    config: { access: write },
    schema: {
      operationId: 'decideExceptionalActivity',
      summary: 'Record the VDAB’s decision on an exceptional activity',
      tags,
      params: z.object({ exceptionalId: idSchema }).strict(),
      body: decideExceptionalActivityRequestSchema,
      response: clientActivities,
    },
    handler: (request) => inTransaction(request, (tx, context) => decideExceptionalActivity(tx, context, { ...request.params, ...request.body })),
  });
};
