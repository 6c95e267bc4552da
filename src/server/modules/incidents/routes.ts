import { z } from 'zod';
import { idSchema } from '../../../contracts/common';
import {
  closeIncidentRequestSchema,
  incidentListQuerySchema,
  incidentListSchema,
  incidentSchema,
  markIncidentReportedRequestSchema,
  reportClientIncidentRequestSchema,
  reportIncidentRequestSchema,
  reportOwnIncidentRequestSchema,
} from '../../../contracts/incidents';
import { incidentsPolicy } from '../../../contracts/policies/incidents';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inSnapshot, inTransaction } from '../../platform/http/transaction';
import { closeIncident } from './close-incident';
import { findIncident, listIncidents } from './load-incident';
import { markIncidentReported } from './mark-incident-reported';
import { reportIncident } from './report-incident';

const tags = ['incidents'];
const incidentParams = z.object({ incidentId: idSchema }).strict();
const created = { 201: incidentSchema };

export const registerIncidentRoutes = (app: App): void => {
  app.post('/api/incidents', {
    config: { access: allow(incidentsPolicy, 'incidents.report') },
    schema: {
      operationId: 'reportIncident',
      summary: 'Report an accident or incident of a participant (R20)',
      tags,
      body: reportIncidentRequestSchema,
      response: created,
    },
    handler: async (request, reply) => reply.status(201).send(await inTransaction(request, (tx, context) => reportIncident(tx, context, request.body))),
  });

  app.post('/api/me/incidents', {
    config: { access: allow(incidentsPolicy, 'myIncidents.report') },
    schema: {
      operationId: 'reportOwnIncident',
      summary: 'Report an accident or incident that happened to me',
      tags,
      body: reportOwnIncidentRequestSchema,
      response: created,
    },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => reportIncident(tx, context, { ...request.body, participantId: null }))),
  });

  app.post('/api/client-portal/incidents', {
    config: { access: allow(incidentsPolicy, 'clientIncidents.report') },
    schema: {
      operationId: 'reportClientIncident',
      summary: 'Report an accident or incident during a visit at my home',
      tags,
      body: reportClientIncidentRequestSchema,
      response: created,
    },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => reportIncident(tx, context, { ...request.body, participantId: null }))),
  });

  app.get('/api/incidents', {
    config: { access: allow(incidentsPolicy, 'incidents.read') },
    schema: {
      operationId: 'listIncidents',
      summary: 'Incidents with their VDAB deadline',
      tags,
      querystring: incidentListQuerySchema,
      response: { 200: incidentListSchema },
    },
    handler: (request) => inSnapshot(request, (db, context) => listIncidents(db, context, request.query)),
  });

  app.get('/api/incidents/:incidentId', {
    config: { access: allow(incidentsPolicy, 'incidents.read') },
    schema: { operationId: 'getIncident', summary: 'One incident', tags, params: incidentParams, response: { 200: incidentSchema } },
    handler: (request) => inSnapshot(request, (db, context) => findIncident(db, context, request.params)),
  });

  app.post('/api/incidents/:incidentId/reported', {
    config: { access: allow(incidentsPolicy, 'incidents.manage') },
    schema: {
      operationId: 'markIncidentReported',
      summary: 'Record that the incident was reported to the VDAB',
      tags,
      params: incidentParams,
      body: markIncidentReportedRequestSchema,
      response: { 200: incidentSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => markIncidentReported(tx, context, { ...request.params, ...request.body })),
  });

  app.post('/api/incidents/:incidentId/close', {
    config: { access: allow(incidentsPolicy, 'incidents.manage') },
    schema: {
      operationId: 'closeIncident',
      summary: 'Close a reported incident',
      tags,
      params: incidentParams,
      body: closeIncidentRequestSchema,
      response: { 200: incidentSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => closeIncident(tx, context, { ...request.params, ...request.body })),
  });
};
