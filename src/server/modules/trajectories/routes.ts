import { z } from 'zod';
import { idSchema } from '../../../contracts/common';
import { participantDetailSchema } from '../../../contracts/participants';
import {
  endTrajectoryRequestSchema,
  interimDaysSchema,
  recordEvaluationRequestSchema,
  recordInterimDayRequestSchema,
  removeInterimDayRequestSchema,
  startTrajectoryRequestSchema,
} from '../../../contracts/trajectories';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inSnapshot, inTransaction } from '../../platform/http/transaction';
import { endTrajectory } from './end-trajectory';
import { trajectoriesPolicy } from '../../../contracts/policies/trajectories';
import { listInterimDays } from './list-interim-days';
import { recordEvaluation } from './record-evaluation';
import { recordInterimDay } from './record-interim-day';
import { removeInterimDay } from './remove-interim-day';
import { startTrajectory } from './start-trajectory';

const tags = ['trajectories'];
const trajectoryParams = z.object({ trajectoryId: idSchema }).strict();
const participantParams = z.object({ participantId: idSchema }).strict();
const interimDays = { 200: interimDaysSchema };

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

  app.get('/api/participants/:participantId/interim-days', {
    config: { access: allow(trajectoriesPolicy, 'interimDays.read') },
    schema: { operationId: 'listInterimDays', summary: 'A participant’s interim days and the R18 count', tags, params: participantParams, response: interimDays },
    handler: (request) => inSnapshot(request, (db, context) => listInterimDays(db, context, request.params)),
  });

  app.post('/api/participants/:participantId/interim-days', {
    config: { access: allow(trajectoriesPolicy, 'interimDays.record') },
    schema: {
      operationId: 'recordInterimDay',
      summary: 'Record a day of interim work (R18)',
      tags,
      params: participantParams,
      body: recordInterimDayRequestSchema,
      response: { 201: interimDaysSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => recordInterimDay(tx, context, { ...request.params, ...request.body }))),
  });

  app.post('/api/participants/:participantId/interim-days/:interimDayId/remove', {
    config: { access: allow(trajectoriesPolicy, 'interimDays.record') },
    schema: {
      operationId: 'removeInterimDay',
      summary: 'Remove a mistaken interim day, with a reason',
      tags,
      params: z.object({ participantId: idSchema, interimDayId: idSchema }).strict(),
      body: removeInterimDayRequestSchema,
      response: interimDays,
    },
    handler: (request) => inTransaction(request, (tx, context) => removeInterimDay(tx, context, { ...request.params, ...request.body })),
  });

  app.get('/api/me/interim-days', {
    config: { access: allow(trajectoriesPolicy, 'myInterimDays.record') },
    schema: { operationId: 'listMyInterimDays', summary: 'My interim days and the R18 count', tags, response: interimDays },
    handler: (request) => inSnapshot(request, (db, context) => listInterimDays(db, context, { participantId: null })),
  });

  app.post('/api/me/interim-days', {
    config: { access: allow(trajectoriesPolicy, 'myInterimDays.record') },
    schema: {
      operationId: 'recordMyInterimDay',
      summary: 'Record a day of my own interim work (R18)',
      tags,
      body: recordInterimDayRequestSchema,
      response: { 201: interimDaysSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => recordInterimDay(tx, context, { ...request.body, participantId: null }))),
  });
};
