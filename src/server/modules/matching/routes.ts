import { z } from 'zod';
import { idSchema } from '../../../contracts/common';
import { candidatesQuerySchema, candidatesResponseSchema, setCandidateDistanceRequestSchema } from '../../../contracts/matching';
import { matchingPolicy } from '../../../contracts/policies/matching';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inTransaction } from '../../platform/http/transaction';
import { listCandidates } from './list-candidates';
import { setCandidateDistance } from './set-candidate-distance';

const tags = ['matching'];
const requestParams = z.object({ jobRequestId: idSchema }).strict();
const pairParams = z.object({ jobRequestId: idSchema, participantId: idSchema }).strict();

export const registerMatchingRoutes = (app: App): void => {
  // A read in a transaction, not a snapshot (decision 045): the R17 gate, the request and the candidates are read
  // in several statements that must agree with each other.
  app.get('/api/job-requests/:jobRequestId/candidates', {
    config: { access: allow(matchingPolicy, 'matching.read') },
    schema: {
      operationId: 'listJobRequestCandidates',
      summary: 'The ranked participants for a job request, why each ranks there, and why the others are excluded',
      tags,
      params: requestParams,
      querystring: candidatesQuerySchema,
      response: { 200: candidatesResponseSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => listCandidates(tx, context, { ...request.params, ...request.query })),
  });

  app.put('/api/job-requests/:jobRequestId/candidates/:participantId/distance', {
    config: { access: allow(matchingPolicy, 'matching.distances.write') },
    schema: {
      operationId: 'setJobRequestCandidateDistance',
      summary: 'Record the one-way km staff measured from a participant’s home to the place, and rank again',
      tags,
      params: pairParams,
      body: setCandidateDistanceRequestSchema,
      response: { 200: candidatesResponseSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => setCandidateDistance(tx, context, { ...request.params, ...request.body })),
  });
};
