import { z } from 'zod';
import { idSchema } from '../../../contracts/common';
import { timeEntriesPolicy } from '../../../contracts/policies/time-entries';
import {
  confirmTimeEntryRequestSchema,
  contestTimeEntryRequestSchema,
  correctTimeEntryRequestSchema,
  resolveTimeEntryRequestSchema,
  timeEntryCorrectionSchema,
  timeEntryListSchema,
  timeEntryResolutionResultSchema,
  timeEntrySchema,
} from '../../../contracts/time-entries';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inSnapshot, inTransaction } from '../../platform/http/transaction';
import { confirmOwnTimeEntry, contestOwnTimeEntry } from './answer-own-time-entry';
import { correctTimeEntry } from './correct-time-entry';
import { listContestedEntries } from './list-contested-entries';
import { listOwnClientTimeEntries } from './list-own-client-time-entries';
import { resolveContestedEntry } from './resolve-contested-entry';

const tags = ['time-entries'];
const params = z.object({ timeEntryId: idSchema }).strict();

/** Answering hours (the client contact) and settling them (the coordinator); decisions 130, 135–137. */
export const registerTimeEntryRoutes = (app: App): void => {
  app.get('/api/client-portal/time-entries', {
    config: { access: allow(timeEntriesPolicy, 'clientPortal.timeEntries.read') },
    schema: {
      operationId: 'listOwnClientTimeEntries',
      summary: 'Uren bevestigen: the own client’s open hours and the recent answered ones',
      tags,
      response: { 200: timeEntryListSchema },
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
    schema: { operationId: 'listContestedTimeEntries', summary: 'Betwiste uren: contested entries to resolve', tags, response: { 200: timeEntryListSchema } },
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
