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
import { inAnonymousSnapshot, inSnapshot, inTransaction } from '../../platform/http/transaction';
import { addClosure } from './add-closure';
import { createOffice } from './create-office';
import { findOffice } from './find-office';
import { listPublicOffices } from './list-public-offices';
import { listOffices } from './list-offices';
import { officesPolicy } from '../../../contracts/policies/offices';
import { removeClosure } from './remove-closure';
import { replaceOpeningHours } from './replace-opening-hours';
import { updateOffice } from './update-office';

const officeParams = z.object({ officeId: idSchema }).strict();
const tags = ['offices'];

export const registerOfficeRoutes = (app: App): void => {
  app.get('/api/public/organisers/:slug/offices', {
    config: { access: publicAccess },
    schema: {
      operationId: 'listPublicOffices',
      summary: "An organiser's offices, opening hours and next opening (public)",
      tags,
      params: z.object({ slug: textSchema.max(100) }),
      response: { 200: publicOfficesResponseSchema },
    },
    handler: (request) => inAnonymousSnapshot(request, (db, context) => listPublicOffices(db, context, request.params)),
  });

  app.get('/api/offices', {
    config: { access: allow(officesPolicy, 'offices.read') },
    schema: { operationId: 'listOffices', summary: 'List offices', tags, response: { 200: officeListSchema } },
    handler: (request) => inSnapshot(request, (db, context) => listOffices(db, context)),
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
    handler: (request) => inSnapshot(request, (db, context) => findOffice(db, context, request.params)),
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
    handler: (request) => inTransaction(request, (tx, context) => updateOffice(tx, context, { ...request.params, ...request.body })),
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
    handler: (request) => inTransaction(request, (tx, context) => replaceOpeningHours(tx, context, { ...request.params, ...request.body })),
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
      const office = await inTransaction(request, (tx, context) => addClosure(tx, context, { ...request.params, ...request.body }));
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
    handler: (request) => inTransaction(request, (tx, context) => removeClosure(tx, context, request.params)),
  });
};
