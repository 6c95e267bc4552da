import { z } from 'zod';
import { idSchema } from '../../../contracts/common';
import { jobPageSchema, jobSchema, listJobsQuerySchema } from '../../../contracts/jobs';
import { jobsPolicy } from '../../../contracts/policies/jobs';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inTransaction } from '../../platform/http/transaction';
import { listJobs } from './list-jobs';
import { retryJob } from './retry-job';

const jobParams = z.object({ jobId: idSchema }).strict();
const tags = ['jobs'];

export const registerJobRoutes = (app: App): void => {
  app.get('/api/jobs', {
    config: { access: allow(jobsPolicy, 'jobs.read') },
    schema: {
      operationId: 'listJobs',
      summary: 'Background jobs, newest first (filter by status)',
      tags,
      querystring: listJobsQuerySchema,
      response: { 200: jobPageSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => listJobs(tx, context, request.query)),
  });

  app.post('/api/jobs/:jobId/retry', {
    config: { access: allow(jobsPolicy, 'jobs.retry') },
    schema: { operationId: 'retryJob', summary: 'Queue a failed job again', tags, params: jobParams, response: { 200: jobSchema } },
    handler: (request) => inTransaction(request, (tx, context) => retryJob(tx, context, request.params)),
  });
};
