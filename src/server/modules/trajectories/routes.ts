import { z } from 'zod';
import { idSchema } from '../../../contracts/common';
import { participantDetailSchema } from '../../../contracts/participants';
import { endTrajectoryRequestSchema, recordEvaluationRequestSchema, startTrajectoryRequestSchema } from '../../../contracts/trajectories';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inTransaction } from '../../platform/http/transaction';
import { endTrajectory } from './end-trajectory';
import { trajectoriesPolicy } from '../../../contracts/policies/trajectories';
import { recordEvaluation } from './record-evaluation';
import { startTrajectory } from './start-trajectory';

const tags = ['trajectories'];
const trajectoryParams = z.object({ trajectoryId: idSchema }).strict();

export const registerTrajectoryRoutes = (app: App): void => {
  app.post('/api/participants/:participantId/trajectories', {
    config: { access: allow(trajectoriesPolicy, 'trajectories.start') },
    schema: {
      operationId: 'startTrajectory',
      summary: 'Start a trajectory',
      tags,
      params: z.object({ participantId: idSchema }).strict(),
      body: startTrajectoryRequestSchema,
      response: { 201: participantDetailSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => startTrajectory(tx, context, { ...request.params, ...request.body }))),
  });

  app.post('/api/trajectories/:trajectoryId/evaluations', {
    config: { access: allow(trajectoriesPolicy, 'trajectories.evaluate') },
    schema: {
      operationId: 'recordEvaluation',
      summary: 'Record a trajectory evaluation',
      tags,
      params: trajectoryParams,
      body: recordEvaluationRequestSchema,
      response: { 201: participantDetailSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => recordEvaluation(tx, context, { ...request.params, ...request.body }))),
  });

  app.post('/api/trajectories/:trajectoryId/end', {
    config: { access: allow(trajectoriesPolicy, 'trajectories.end') },
    schema: {
      operationId: 'endTrajectory',
      summary: 'End a trajectory with its outcome',
      tags,
      params: trajectoryParams,
      body: endTrajectoryRequestSchema,
      response: { 200: participantDetailSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => endTrajectory(tx, context, { ...request.params, ...request.body })),
  });
};
