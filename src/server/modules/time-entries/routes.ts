import { z } from 'zod';
import { idSchema } from '../../../contracts/common';
import { timeEntriesPolicy } from '../../../contracts/policies/time-entries';
import {
  answerableTimeEntriesSchema,
  confirmTimeEntryRequestSchema,
  contestTimeEntryRequestSchema,
  correctTimeEntryRequestSchema,
  hoursCountersQuerySchema,
  hoursCountersResponseSchema,
  registerTimeEntryRequestSchema,
  resolveTimeEntryRequestSchema,
  timeEntryCheckSchema,
  timeEntryCorrectionSchema,
  timeEntryListSchema,
  timeEntryMonthQuerySchema,
  timeEntryResolutionResultSchema,
  timeEntrySchema,
} from '../../../contracts/time-entries';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inSnapshot, inTransaction } from '../../platform/http/transaction';
import type { EntryOwner } from './entry-participant';
import { checkTimeEntry, registerTimeEntry } from './register-time-entry';
import { confirmOwnTimeEntry, contestOwnTimeEntry } from './answer-own-time-entry';
import { correctTimeEntry } from './correct-time-entry';
import { listContestedEntries } from './list-contested-entries';
import { listOwnClientTimeEntries } from './list-own-client-time-entries';
import { listTimeEntries } from './list-time-entries';
import { readHoursCounters } from './read-hours-counters';
import { resolveContestedEntry } from './resolve-contested-entry';

const tags = ['time-entries'];
const params = z.object({ timeEntryId: idSchema }).strict();
const participantParams = z.object({ participantId: idSchema }).strict();
const self: EntryOwner = { self: true };
const onBehalfOf = (participantId: string): EntryOwner => ({ self: false, participantId });

/** Registering hours (the participant, or staff on their behalf), answering them (the client contact) and settling them (the coordinator); decisions 130, 131, 135–137. */
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

  app.get('/api/client-portal/time-entries', {
    config: { access: allow(timeEntriesPolicy, 'clientPortal.timeEntries.read') },
    schema: {
      operationId: 'listOwnClientTimeEntries',
      summary: 'Uren bevestigen: the own client’s open hours and the recent answered ones',
      tags,
      response: { 200: answerableTimeEntriesSchema },
    },
    handler: (request) => inSnapshot(request, (db, context) => listOwnClientTimeEntries(db, context)),
  });

  app.post('/api/client-portal/time-entries/:timeEntryId/confirm', {
    config: { access: allow(timeEntriesPolicy, 'clientPortal.timeEntries.answer') },
    schema: {
      operationId: 'confirmOwnTimeEntry',
      summary: 'The client contact confirms hours (cheques consumed)',
      tags,
      params,
      body: confirmTimeEntryRequestSchema,
      response: { 200: timeEntrySchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => confirmOwnTimeEntry(tx, context, { ...request.params, ...request.body })),
  });

  app.post('/api/client-portal/time-entries/:timeEntryId/contest', {
    config: { access: allow(timeEntriesPolicy, 'clientPortal.timeEntries.answer') },
    schema: {
      operationId: 'contestOwnTimeEntry',
      summary: 'The client contact contests hours with a reason (to the coordinator’s queue)',
      tags,
      params,
      body: contestTimeEntryRequestSchema,
      response: { 200: timeEntrySchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => contestOwnTimeEntry(tx, context, { ...request.params, ...request.body })),
  });

  app.get('/api/time-entries/contested', {
    config: { access: allow(timeEntriesPolicy, 'timeEntries.contested.read') },
    schema: { operationId: 'listContestedTimeEntries', summary: 'Betwiste uren: contested entries to resolve', tags, response: { 200: answerableTimeEntriesSchema } },
    handler: (request) => inSnapshot(request, (db, context) => listContestedEntries(db, context)),
  });

  app.post('/api/time-entries/:timeEntryId/resolve', {
    config: { access: allow(timeEntriesPolicy, 'timeEntries.resolve') },
    schema: {
      operationId: 'resolveContestedTimeEntry',
      summary: 'Resolve a contested entry: kept, changed (a new linked entry) or rejected, with a reason',
      tags,
      params,
      body: resolveTimeEntryRequestSchema,
      response: { 200: timeEntryResolutionResultSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => resolveContestedEntry(tx, context, { ...request.params, ...request.body })),
  });

  app.post('/api/time-entries/:timeEntryId/correct', {
    config: { access: allow(timeEntriesPolicy, 'timeEntries.resolve') },
    schema: {
      operationId: 'correctTimeEntry',
      summary: 'Correct a confirmed entry: a new linked entry with a reason; the original is kept as corrected',
      tags,
      params,
      body: correctTimeEntryRequestSchema,
      response: { 200: timeEntryCorrectionSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => correctTimeEntry(tx, context, { ...request.params, ...request.body })),
  });
};
