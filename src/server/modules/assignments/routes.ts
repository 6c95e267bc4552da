import { z } from 'zod';
import {
  assignmentSchema,
  calendarFeedSchema,
  createAssignmentRequestSchema,
  icalTokenParamsSchema,
  myPlanningSchema,
  phoneAnswerRequestSchema,
  plannedVisitsSchema,
  planningWeekQuerySchema,
  planningWeekSchema,
  versionOnlySchema,
  withReasonSchema,
} from '../../../contracts/assignments';
import { idSchema } from '../../../contracts/common';
import { assignmentsPolicy } from '../../../contracts/policies/assignments';
import { allow, publicAccess } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { fileResponse } from '../../platform/http/openapi';
import { inAnonymousTransaction, inSnapshot, inTransaction } from '../../platform/http/transaction';
import { answerOwnProposal, recordPhoneAnswer } from './answer-proposal';
import { createCalendarFeed, findCalendarFeed, revokeCalendarFeed } from './calendar-feeds';
import { closeAssignment, type CloseAction } from './close-assignment';
import { createAssignment } from './create-assignment';
import { listClientVisits } from './list-client-visits';
import { listMyPlanning, listPlanningWeek } from './list-sessions';
import { findAssignmentDetail } from './load-assignment';
import { renderIcalFeed } from './render-ical-feed';

const tags = ['assignments'];
const assignmentParams = z.object({ assignmentId: idSchema }).strict();
const detail = { 200: assignmentSchema };

const closeSummaries: Record<CloseAction, string> = {
  withdraw: 'Withdraw a proposal, with a reason',
  end: 'End planned work, with a reason',
  cancel: 'Cancel planned work, with a reason',
};

export const registerAssignmentRoutes = (app: App): void => {
  app.post('/api/assignments', {
    config: { access: allow(assignmentsPolicy, 'assignments.propose'), idempotent: true },
    schema: {
      operationId: 'proposeAssignment',
      summary: 'Propose a job request to a participant',
      tags,
      body: createAssignmentRequestSchema,
      response: { 201: assignmentSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => createAssignment(tx, context, { ...request.body, publicUrl: app.config.publicUrl }))),
  });

  app.get('/api/assignments/:assignmentId', {
    config: { access: allow(assignmentsPolicy, 'assignments.read') },
    schema: { operationId: 'getAssignment', summary: 'One proposal or assignment', tags, params: assignmentParams, response: detail },
    handler: (request) => inSnapshot(request, (db, context) => findAssignmentDetail(db, context, request.params)),
  });

  app.post('/api/assignments/:assignmentId/phone-answer', {
    config: { access: allow(assignmentsPolicy, 'assignments.manage') },
    schema: {
      operationId: 'recordPhoneAnswer',
      summary: 'Record the answer the participant gave by phone',
      tags,
      params: assignmentParams,
      body: phoneAnswerRequestSchema,
      response: detail,
    },
    handler: (request) => inTransaction(request, (tx, context) => recordPhoneAnswer(tx, context, { ...request.params, ...request.body })),
  });

  for (const action of ['withdraw', 'end', 'cancel'] as const) {
    app.post(`/api/assignments/:assignmentId/${action}`, {
      config: { access: allow(assignmentsPolicy, 'assignments.manage') },
      schema: { operationId: `${action}Assignment`, summary: closeSummaries[action], tags, params: assignmentParams, body: withReasonSchema, response: detail },
      handler: (request) => inTransaction(request, (tx, context) => closeAssignment(tx, context, { ...request.params, ...request.body, action })),
    });
  }

  app.get('/api/planning', {
    config: { access: allow(assignmentsPolicy, 'planning.read') },
    schema: {
      operationId: 'getPlanningWeek',
      summary: 'Everyone’s sessions in one ISO week',
      tags,
      querystring: planningWeekQuerySchema,
      response: { 200: planningWeekSchema },
    },
    handler: (request) => inSnapshot(request, (db, context) => listPlanningWeek(db, context, request.query)),
  });

  app.get('/api/planning/clients/:clientId', {
    config: { access: allow(assignmentsPolicy, 'planning.read') },
    schema: {
      operationId: 'getClientVisits',
      summary: 'A client’s planned visits (Geplande bezoeken)',
      tags,
      params: z.object({ clientId: idSchema }).strict(),
      response: { 200: plannedVisitsSchema },
    },
    handler: (request) => inSnapshot(request, (db, context) => listClientVisits(db, context, request.params)),
  });

  app.get('/api/me/planning', {
    config: { access: allow(assignmentsPolicy, 'myPlanning.read') },
    schema: { operationId: 'getMyPlanning', summary: 'Mijn planning: proposals to answer and next sessions', tags, response: { 200: myPlanningSchema } },
    handler: (request) => inSnapshot(request, (db, context) => listMyPlanning(db, context)),
  });

  app.post('/api/me/proposals/:assignmentId/accept', {
    config: { access: allow(assignmentsPolicy, 'proposals.answer') },
    schema: { operationId: 'acceptProposal', summary: 'Say yes to a proposal', tags, params: assignmentParams, body: versionOnlySchema, response: detail },
    handler: (request) => inTransaction(request, (tx, context) => answerOwnProposal(tx, context, { ...request.params, ...request.body, answer: 'accepted' })),
  });

  app.post('/api/me/proposals/:assignmentId/decline', {
    config: { access: allow(assignmentsPolicy, 'proposals.answer') },
    schema: { operationId: 'declineProposal', summary: 'Say no to a proposal, with a reason', tags, params: assignmentParams, body: withReasonSchema, response: detail },
    handler: (request) => inTransaction(request, (tx, context) => answerOwnProposal(tx, context, { ...request.params, ...request.body, answer: 'declined' })),
  });

  app.get('/api/me/calendar-feed', {
    config: { access: allow(assignmentsPolicy, 'calendarFeeds.manage') },
    schema: { operationId: 'getMyCalendarFeed', summary: 'Whether a calendar address is active', tags, response: { 200: calendarFeedSchema } },
    handler: (request) => inSnapshot(request, (db, context) => findCalendarFeed(db, context)),
  });

  app.post('/api/me/calendar-feed', {
    config: { access: allow(assignmentsPolicy, 'calendarFeeds.manage') },
    schema: { operationId: 'createMyCalendarFeed', summary: 'Make a new secret calendar address (shown once)', tags, response: { 201: calendarFeedSchema } },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => createCalendarFeed(tx, context, { publicUrl: app.config.publicUrl }))),
  });

  app.delete('/api/me/calendar-feed', {
    config: { access: allow(assignmentsPolicy, 'calendarFeeds.manage') },
    schema: { operationId: 'revokeMyCalendarFeed', summary: 'Stop the calendar address', tags, response: { 200: calendarFeedSchema } },
    handler: (request) => inTransaction(request, (tx, context) => revokeCalendarFeed(tx, context)),
  });

  app.get('/ical/:token', {
    config: { access: publicAccess },
    schema: {
      operationId: 'getIcalFeed',
      summary: 'A personal calendar (iCalendar) behind its secret address',
      tags,
      params: icalTokenParamsSchema,
      response: { 200: fileResponse(['text/calendar'], 'The calendar') },
    },
    handler: async (request, reply) => {
      const token = request.params.token.slice(0, -'.ics'.length);
      const text = await inAnonymousTransaction(request, (tx, context) => renderIcalFeed(tx, context, { token }));
      // The address is a credential and the planning changes: no shared cache may keep it.
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', 'inline; filename="wijkwerk.ics"')
        .send(Buffer.from(text, 'utf8'));
    },
  });
};
