import { z } from 'zod';
import {
  clientDetailSchema,
  clientPageSchema,
  createClientRequestSchema,
  listClientsQuerySchema,
  recordFeePaymentRequestSchema,
  signClientAgreementRequestSchema,
} from '../../../contracts/clients';
import { idSchema } from '../../../contracts/common';
import { clientsPolicy } from '../../../contracts/policies/clients';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { fileResponse } from '../../platform/http/openapi';
import { inTransaction } from '../../platform/http/transaction';
import { createClient } from './create-client';
import { createClientAgreement } from './create-client-agreement';
import { findClientDetail } from './find-client';
import { listClients } from './list-clients';
import { recordFeePayment } from './record-fee-payment';
import { renderClientAgreement } from './render-client-agreement';
import { signClientAgreement } from './sign-client-agreement';

const tags = ['clients'];
const clientParams = z.object({ clientId: idSchema }).strict();
const agreementParams = z.object({ clientId: idSchema, agreementId: idSchema }).strict();
const detail = { 200: clientDetailSchema };

export const registerClientRoutes = (app: App): void => {
  app.get('/api/clients', {
    config: { access: allow(clientsPolicy, 'clients.read') },
    schema: { operationId: 'listClients', summary: 'List clients (gebruikers)', tags, querystring: listClientsQuerySchema, response: { 200: clientPageSchema } },
    handler: (request) => inTransaction(request, (tx, context) => listClients(tx, context, request.query)),
  });

  app.post('/api/clients', {
    config: { access: allow(clientsPolicy, 'clients.create'), idempotent: true },
    schema: { operationId: 'createClient', summary: 'Register a client', tags, body: createClientRequestSchema, response: { 201: clientDetailSchema } },
    handler: async (request, reply) => reply.status(201).send(await inTransaction(request, (tx, context) => createClient(tx, context, request.body))),
  });

  app.get('/api/clients/:clientId', {
    config: { access: allow(clientsPolicy, 'clients.read') },
    schema: { operationId: 'getClient', summary: 'One client with contacts, agreements, this year’s fee and R17', tags, params: clientParams, response: detail },
    handler: (request) => inTransaction(request, (tx, context) => findClientDetail(tx, context, request.params)),
  });

  app.post('/api/clients/:clientId/agreements', {
    config: { access: allow(clientsPolicy, 'clients.agreements.write'), idempotent: true },
    schema: { operationId: 'createClientAgreement', summary: 'Draw up a gebruikersovereenkomst', tags, params: clientParams, response: { 201: clientDetailSchema } },
    handler: async (request, reply) => reply.status(201).send(await inTransaction(request, (tx, context) => createClientAgreement(tx, context, request.params))),
  });

  app.get('/api/clients/:clientId/agreements/:agreementId/pdf', {
    config: { access: allow(clientsPolicy, 'clients.read') },
    schema: {
      operationId: 'downloadClientAgreementPdf',
      summary: 'The gebruikersovereenkomst as PDF',
      tags,
      params: agreementParams,
      response: { 200: fileResponse(['application/pdf'], 'The agreement') },
    },
    handler: async (request, reply) => {
      const pdf = await inTransaction(request, (tx, context) => renderClientAgreement(tx, context, request.params));
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="gebruikersovereenkomst.pdf"').send(pdf);
    },
  });

  app.post('/api/clients/:clientId/agreements/:agreementId/sign', {
    config: { access: allow(clientsPolicy, 'clients.agreements.write') },
    schema: {
      operationId: 'signClientAgreement',
      summary: 'Record that the client signed on paper',
      tags,
      params: agreementParams,
      body: signClientAgreementRequestSchema,
      response: detail,
    },
    handler: (request) => inTransaction(request, (tx, context) => signClientAgreement(tx, context, { ...request.params, ...request.body })),
  });

  app.post('/api/clients/:clientId/fee-payments', {
    config: { access: allow(clientsPolicy, 'clients.fees.write'), idempotent: true },
    schema: {
      operationId: 'recordClientFeePayment',
      summary: 'Mark a year’s registration fee paid, or correct that record',
      tags,
      params: clientParams,
      body: recordFeePaymentRequestSchema,
      response: { 201: clientDetailSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => recordFeePayment(tx, context, { ...request.params, ...request.body }))),
  });
};
