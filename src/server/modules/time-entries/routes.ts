import { z } from 'zod';
import { idSchema } from '../../../contracts/common';
import { timeEntriesPolicy } from '../../../contracts/policies/time-entries';
import {
  hoursCountersQuerySchema,
  hoursCountersResponseSchema,
  registerTimeEntryRequestSchema,
  timeEntryCheckSchema,
  timeEntryListSchema,
  timeEntryMonthQuerySchema,
  timeEntrySchema,
} from '../../../contracts/time-entries';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inSnapshot, inTransaction } from '../../platform/http/transaction';
import type { EntryOwner } from './entry-participant';
import { listTimeEntries } from './list-time-entries';
import { readHoursCounters } from './read-hours-counters';
import { checkTimeEntry, registerTimeEntry } from './register-time-entry';

const tags = ['time-entries'];
const participantParams = z.object({ participantId: idSchema }).strict();
const self: EntryOwner = { self: true };
const onBehalfOf = (participantId: string): EntryOwner => ({ self: false, participantId });

export const registerTimeEntryRoutes = (app: App): void => {
  app.post('/api/me/time-entries', {
    config: { access: allow(timeEntriesPolicy, 'myTimeEntries.register'), idempotent: true },
    schema: {
      operationId: 'registerMyTimeEntry',
      summary: 'Register hours worked for one of my assignments',
      tags,
      body: registerTimeEntryRequestSchema,
      response: { 201: timeEntrySchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => registerTimeEntry(tx, context, { ...request.body, owner: self }))),
  });

  app.post('/api/me/time-entries/check', {
    config: { access: allow(timeEntriesPolicy, 'myTimeEntries.register') },
    schema: {
      operationId: 'checkMyTimeEntry',
      summary: 'What registering these hours would say, and my counters, without saving',
      tags,
      body: registerTimeEntryRequestSchema,
      response: { 200: timeEntryCheckSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => checkTimeEntry(tx, context, { ...request.body, owner: self })),
  });

  app.get('/api/me/time-entries', {
    config: { access: allow(timeEntriesPolicy, 'myTimeEntries.read') },
    schema: { operationId: 'listMyTimeEntries', summary: 'My hours of one month', tags, querystring: timeEntryMonthQuerySchema, response: { 200: timeEntryListSchema } },
    handler: (request) => inSnapshot(request, (db, context) => listTimeEntries(db, context, { ...request.query, owner: self })),
  });

  app.get('/api/me/hours-counters', {
    config: { access: allow(timeEntriesPolicy, 'myTimeEntries.read') },
    schema: {
      operationId: 'getMyHoursCounters',
      summary: 'My hours this month and year against the caps, and my trajectory month',
      tags,
      querystring: hoursCountersQuerySchema,
      response: { 200: hoursCountersResponseSchema },
    },
    handler: (request) => inSnapshot(request, (db, context) => readHoursCounters(db, context, { date: request.query.date, owner: self })),
  });

  app.post('/api/participants/:participantId/time-entries', {
    config: { access: allow(timeEntriesPolicy, 'timeEntries.registerOnBehalf'), idempotent: true },
    schema: {
      operationId: 'registerTimeEntryOnBehalf',
      summary: 'Register hours for a participant, on their behalf (ingevoerd door …)',
      tags,
      params: participantParams,
      body: registerTimeEntryRequestSchema,
      response: { 201: timeEntrySchema },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await inTransaction(request, (tx, context) => registerTimeEntry(tx, context, { ...request.body, owner: onBehalfOf(request.params.participantId) }))),
  });

  app.post('/api/participants/:participantId/time-entries/check', {
    config: { access: allow(timeEntriesPolicy, 'timeEntries.registerOnBehalf') },
    schema: {
      operationId: 'checkTimeEntryOnBehalf',
      summary: 'What registering these hours for the participant would say, without saving',
      tags,
      params: participantParams,
      body: registerTimeEntryRequestSchema,
      response: { 200: timeEntryCheckSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => checkTimeEntry(tx, context, { ...request.body, owner: onBehalfOf(request.params.participantId) })),
  });

  app.get('/api/participants/:participantId/time-entries', {
    config: { access: allow(timeEntriesPolicy, 'timeEntries.read') },
    schema: {
      operationId: 'listParticipantTimeEntries',
      summary: 'A participant’s hours of one month',
      tags,
      params: participantParams,
      querystring: timeEntryMonthQuerySchema,
      response: { 200: timeEntryListSchema },
    },
    handler: (request) => inSnapshot(request, (db, context) => listTimeEntries(db, context, { ...request.query, owner: onBehalfOf(request.params.participantId) })),
  });

  app.get('/api/participants/:participantId/hours-counters', {
    config: { access: allow(timeEntriesPolicy, 'timeEntries.read') },
    schema: {
      operationId: 'getParticipantHoursCounters',
      summary: 'A participant’s hours against the caps, and their trajectory month',
      tags,
      params: participantParams,
      querystring: hoursCountersQuerySchema,
      response: { 200: hoursCountersResponseSchema },
    },
    handler: (request) =>
      inSnapshot(request, (db, context) => readHoursCounters(db, context, { date: request.query.date, owner: onBehalfOf(request.params.participantId) })),
  });
};
