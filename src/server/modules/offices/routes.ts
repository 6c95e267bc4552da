import { z } from 'zod';
import {
  createClosureRequestSchema,
  createOfficeRequestSchema,
  officeListSchema,
  officeSchema,
  publicOfficesResponseSchema,
  replaceOpeningHoursRequestSchema,
  updateOfficeRequestSchema,
} from '../../../contracts/offices';
import { idSchema, textSchema } from '../../../contracts/common';
import { allow, publicAccess } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inTransaction, requestContext } from '../../platform/http/transaction';
import { addClosure } from './add-closure';
import { createOffice } from './create-office';
import { findOffice } from './find-office';
import { listPublicOffices } from './list-public-offices';
import { findOffices } from './office-repository';
import { officesPolicy } from './policy';
import { createPublicOfficesCache } from './public-offices-cache';
import { removeClosure } from './remove-closure';
import { replaceOpeningHours } from './replace-opening-hours';
import { updateOffice } from './update-office';

const officeParams = z.object({ officeId: idSchema }).strict();
const tags = ['offices'];

export const registerOfficeRoutes = (app: App): void => {
  const publicOffices = createPublicOfficesCache(app.database.db);
  app.get('/api/public/organisers/:slug/offices', {
    config: { access: publicAccess },
    schema: {
      operationId: 'listPublicOffices',
      summary: "An organiser's offices, opening hours and next opening (public)",
      tags,
      params: z.object({ slug: textSchema.max(100) }),
      response: { 200: publicOfficesResponseSchema },
    },
    handler: (request) => listPublicOffices(publicOffices, request.params.slug, app.clock.now()),
  });

  app.get('/api/offices', {
    config: { access: allow(officesPolicy, 'offices.read') },
    schema: { operationId: 'listOffices', summary: 'List offices', tags, response: { 200: officeListSchema } },
    handler: async (request) => ({
      items: await findOffices(app.database.db, { organiserId: requestContext(request).actor.organiserId }),
    }),
  });

  app.post('/api/offices', {
    config: { access: allow(officesPolicy, 'offices.create'), idempotent: true },
    schema: { operationId: 'createOffice', summary: 'Create an office', tags, body: createOfficeRequestSchema, response: { 201: officeSchema } },
    handler: async (request, reply) => {
      const office = await inTransaction(request, (tx, context) => createOffice(tx, context, request.body));
      return reply.status(201).send(office);
    },
  });

  app.get('/api/offices/:officeId', {
    config: { access: allow(officesPolicy, 'offices.read') },
    schema: { operationId: 'getOffice', summary: 'One office with its hours and closures', tags, params: officeParams, response: { 200: officeSchema } },
    handler: (request) => inTransaction(request, (tx, context) => findOffice(tx, context.actor.organiserId, request.params.officeId)),
  });

  app.patch('/api/offices/:officeId', {
    config: { access: allow(officesPolicy, 'offices.update') },
    schema: {
      operationId: 'updateOffice',
      summary: "Change an office's details",
      tags,
      params: officeParams,
      body: updateOfficeRequestSchema,
      response: { 200: officeSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => updateOffice(tx, context, request.params.officeId, request.body)),
  });

  app.put('/api/offices/:officeId/opening-hours', {
    config: { access: allow(officesPolicy, 'offices.update') },
    schema: {
      operationId: 'replaceOpeningHours',
      summary: "Replace an office's weekly opening hours",
      tags,
      params: officeParams,
      body: replaceOpeningHoursRequestSchema,
      response: { 200: officeSchema },
    },
    handler: (request) =>
      inTransaction(request, (tx, context) => replaceOpeningHours(tx, context, request.params.officeId, request.body)),
  });

  app.post('/api/offices/:officeId/closures', {
    config: { access: allow(officesPolicy, 'offices.update') },
    schema: {
      operationId: 'addOfficeClosure',
      summary: 'Add a closure period to an office',
      tags,
      params: officeParams,
      body: createClosureRequestSchema,
      response: { 201: officeSchema },
    },
    handler: async (request, reply) => {
      const office = await inTransaction(request, (tx, context) => addClosure(tx, context, request.params.officeId, request.body));
      return reply.status(201).send(office);
    },
  });

  app.delete('/api/offices/:officeId/closures/:closureId', {
    config: { access: allow(officesPolicy, 'offices.update') },
    schema: {
      operationId: 'removeOfficeClosure',
      summary: 'Remove a closure period',
      tags,
      params: z.object({ officeId: idSchema, closureId: idSchema }).strict(),
      response: { 200: officeSchema },
    },
    handler: (request) =>
      inTransaction(request, (tx, context) => removeClosure(tx, context, request.params.officeId, request.params.closureId)),
  });
};
