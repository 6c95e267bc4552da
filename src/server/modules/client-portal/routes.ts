import { z } from 'zod';
import {
  createOwnJobRequestRequestSchema,
  ownJobRequestSchema,
  ownJobRequestsSchema,
  plannedVisitsSchema,
  portalChequePriceSchema,
} from '../../../contracts/client-portal';
import { idSchema } from '../../../contracts/common';
import { clientPortalPolicy } from '../../../contracts/policies/client-portal';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inSnapshot, inTransaction } from '../../platform/http/transaction';
import { createOwnJobRequest } from './create-own-job-request';
import { findOwnJobRequest } from './find-own-job-request';
import { listOwnJobRequests } from './list-own-job-requests';
import { listPlannedVisits } from './list-planned-visits';
import { portalChequePrice } from './portal-cheque-price';

const tags = ['client-portal'];
const params = z.object({ jobRequestId: idSchema }).strict();

/** The client portal's own routes: a client contact's login, its own client's data only. */
export const registerClientPortalRoutes = (app: App): void => {
  app.get('/api/client-portal/job-requests', {
    config: { access: allow(clientPortalPolicy, 'clientPortal.jobRequests.read') },
    schema: {
      operationId: 'listOwnJobRequests',
      summary: 'Mijn aanvragen: the own client’s job requests and R17 this year',
      tags,
      response: { 200: ownJobRequestsSchema },
    },
    handler: (request) => inSnapshot(request, (db, context) => listOwnJobRequests(db, context)),
  });

  app.post('/api/client-portal/job-requests', {
    config: { access: allow(clientPortalPolicy, 'clientPortal.jobRequests.create'), idempotent: true },
    schema: {
      operationId: 'createOwnJobRequest',
      summary: 'Klusje aanvragen in the portal (the staff checks and reasons, origin client_portal)',
      tags,
      body: createOwnJobRequestRequestSchema,
      response: { 201: ownJobRequestSchema },
    },
    handler: async (request, reply) => reply.status(201).send(await inTransaction(request, (tx, context) => createOwnJobRequest(tx, context, request.body))),
  });

  // The R17 gate reads through a transaction, as the staff page does.
  app.get('/api/client-portal/job-requests/:jobRequestId', {
    config: { access: allow(clientPortalPolicy, 'clientPortal.jobRequests.read') },
    schema: { operationId: 'getOwnJobRequest', summary: 'One of the own client’s job requests', tags, params, response: { 200: ownJobRequestSchema } },
    handler: (request) => inTransaction(request, (tx, context) => findOwnJobRequest(tx, context, request.params)),
  });

  app.get('/api/client-portal/visits', {
    config: { access: allow(clientPortalPolicy, 'clientPortal.visits.read') },
    schema: {
      operationId: 'listPlannedVisits',
      summary: 'Geplande bezoeken: planned assignments and their sessions, eight weeks ahead',
      tags,
      response: { 200: plannedVisitsSchema },
    },
    handler: (request) => inSnapshot(request, (db, context) => listPlannedVisits(db, context)),
  });

  app.get('/api/client-portal/cheque-price', {
    config: { access: allow(clientPortalPolicy, 'clientPortal.chequePrice.read') },
    schema: {
      operationId: 'getPortalChequePrice',
      summary: 'The cheque price today (R9) and whether the tax reduction applies',
      tags,
      response: { 200: portalChequePriceSchema },
    },
    handler: (request) => inSnapshot(request, (db, context) => portalChequePrice(db, context)),
  });
};
