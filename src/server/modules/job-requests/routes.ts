import { z } from 'zod';
import { idSchema, noContentSchema } from '../../../contracts/common';
import {
  changeJobRequestStatusRequestSchema,
  createJobRequestRequestSchema,
  jobRequestDetailSchema,
  jobRequestPageSchema,
  listJobRequestsQuerySchema,
  publicJobRequestRequestSchema,
  updateJobRequestRequestSchema,
} from '../../../contracts/job-requests';
import { jobRequestsPolicy } from '../../../contracts/policies/job-requests';
import { allow, publicAccess } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inAnonymousTransaction, inSnapshot, inTransaction } from '../../platform/http/transaction';
import { changeJobRequestStatus } from './change-job-request-status';
import { createJobRequest } from './create-job-request';
import { listJobRequests } from './list-job-requests';
import { findJobRequestDetail } from './load-job-request-detail';
import { submitPublicJobRequest } from './submit-public-job-request';
import { updateJobRequest } from './update-job-request';

const tags = ['job-requests'];
const params = z.object({ jobRequestId: idSchema }).strict();
const detail = { 200: jobRequestDetailSchema };

export const registerJobRequestRoutes = (app: App): void => {
  app.get('/api/job-requests', {
    config: { access: allow(jobRequestsPolicy, 'jobRequests.read') },
    schema: {
      operationId: 'listJobRequests',
      summary: 'Job requests (klusjes), newest first',
      tags,
      querystring: listJobRequestsQuerySchema,
      response: { 200: jobRequestPageSchema },
    },
    handler: (request) => inSnapshot(request, (db, context) => listJobRequests(db, context, request.query)),
  });

  app.post('/api/job-requests', {
    config: { access: allow(jobRequestsPolicy, 'jobRequests.create'), idempotent: true },
    schema: {
      operationId: 'createJobRequest',
      summary: 'Record a job request for a client',
      tags,
      body: createJobRequestRequestSchema,
      response: { 201: jobRequestDetailSchema },
    },
    handler: async (request, reply) => reply.status(201).send(await inTransaction(request, (tx, context) => createJobRequest(tx, context, request.body))),
  });

  // The R17 gate of the clients module reads through a transaction, so the page does too.
  app.get('/api/job-requests/:jobRequestId', {
    config: { access: allow(jobRequestsPolicy, 'jobRequests.read') },
    schema: { operationId: 'getJobRequest', summary: 'One job request with the moves it may make and R17', tags, params, response: detail },
    handler: (request) => inTransaction(request, (tx, context) => findJobRequestDetail(tx, context, request.params)),
  });

  app.put('/api/job-requests/:jobRequestId', {
    config: { access: allow(jobRequestsPolicy, 'jobRequests.update') },
    schema: {
      operationId: 'updateJobRequest',
      summary: 'Change a new job request or one in matching',
      tags,
      params,
      body: updateJobRequestRequestSchema,
      response: detail,
    },
    handler: (request) => inTransaction(request, (tx, context) => updateJobRequest(tx, context, { ...request.params, ...request.body })),
  });

  app.post('/api/job-requests/:jobRequestId/status', {
    config: { access: allow(jobRequestsPolicy, 'jobRequests.update') },
    schema: {
      operationId: 'changeJobRequestStatus',
      summary: 'Move a job request on (matching, planned, active, finished) or cancel it with a reason',
      tags,
      params,
      body: changeJobRequestStatusRequestSchema,
      response: detail,
    },
    handler: (request) => inTransaction(request, (tx, context) => changeJobRequestStatus(tx, context, { ...request.params, ...request.body })),
  });

  app.post('/api/public/job-requests', {
    config: { access: publicAccess },
    schema: {
      operationId: 'submitPublicJobRequest',
      summary: 'Klusje aanvragen: a registered client asks for a job (the same answer whether e-mail and number match or not)',
      tags,
      body: publicJobRequestRequestSchema,
      response: { 202: noContentSchema },
    },
    handler: async (request, reply) => {
      await inAnonymousTransaction(request, (tx, context) => submitPublicJobRequest(tx, context, request.body));
      return reply.status(202).send(null);
    },
  });
};
