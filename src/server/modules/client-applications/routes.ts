import { z } from 'zod';
import {
  approveClientApplicationRequestSchema,
  clientApplicationDetailSchema,
  clientApplicationListSchema,
  clientApplicationReceivedSchema,
  clientApplicationRequestSchema,
  declineClientApplicationRequestSchema,
  listClientApplicationsQuerySchema,
} from '../../../contracts/client-applications';
import { idSchema } from '../../../contracts/common';
import { clientApplicationsPolicy } from '../../../contracts/policies/client-applications';
import { allow, publicAccess } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inAnonymousTransaction, inSnapshot, inTransaction } from '../../platform/http/transaction';
import { approveClientApplication, declineClientApplication } from './decide-client-application';
import { findClientApplication } from './find-client-application';
import { listClientApplications } from './list-client-applications';
import { submitClientApplication } from './submit-client-application';

const tags = ['client-applications'];
const applicationParams = z.object({ applicationId: idSchema }).strict();
const detail = { 200: clientApplicationDetailSchema };

export const registerClientApplicationRoutes = (app: App): void => {
  app.post('/api/public/client-applications', {
    config: { access: publicAccess },
    schema: {
      operationId: 'submitClientApplication',
      summary: 'The public "Word gebruiker" form: an application for a coordinator to decide (rate-limited)',
      tags,
      body: clientApplicationRequestSchema,
      response: { 202: clientApplicationReceivedSchema },
    },
    handler: async (request, reply) => reply.status(202).send(await inAnonymousTransaction(request, (tx, context) => submitClientApplication(tx, context, request.body))),
  });

  app.get('/api/client-applications', {
    config: { access: allow(clientApplicationsPolicy, 'clientApplications.read') },
    schema: {
      operationId: 'listClientApplications',
      summary: 'Applications of one status',
      tags,
      querystring: listClientApplicationsQuerySchema,
      response: { 200: clientApplicationListSchema },
    },
    handler: (request) => inSnapshot(request, (db, context) => listClientApplications(db, context, request.query)),
  });

  app.get('/api/client-applications/:applicationId', {
    config: { access: allow(clientApplicationsPolicy, 'clientApplications.read') },
    schema: { operationId: 'getClientApplication', summary: 'One application, with a possible duplicate client', tags, params: applicationParams, response: detail },
    handler: (request) => inSnapshot(request, (db, context) => findClientApplication(db, context, request.params)),
  });

  app.post('/api/client-applications/:applicationId/approve', {
    config: { access: allow(clientApplicationsPolicy, 'clientApplications.decide') },
    schema: {
      operationId: 'approveClientApplication',
      summary: 'Approve: create (or link) the client, add the contact, invite them, tell the applicant',
      tags,
      params: applicationParams,
      body: approveClientApplicationRequestSchema,
      response: detail,
    },
    handler: (request) =>
      inTransaction(request, (tx, context) => approveClientApplication(tx, context, { ...request.params, ...request.body, publicUrl: app.config.publicUrl })),
  });

  app.post('/api/client-applications/:applicationId/decline', {
    config: { access: allow(clientApplicationsPolicy, 'clientApplications.decide') },
    schema: {
      operationId: 'declineClientApplication',
      summary: 'Decline with a reason; the applicant is told',
      tags,
      params: applicationParams,
      body: declineClientApplicationRequestSchema,
      response: detail,
    },
    handler: (request) => inTransaction(request, (tx, context) => declineClientApplication(tx, context, { ...request.params, ...request.body })),
  });
};
