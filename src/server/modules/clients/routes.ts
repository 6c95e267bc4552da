import { z } from 'zod';
import {
  clientDetailSchema,
  clientPageSchema,
  createClientRequestSchema,
  listClientsQuerySchema,
  agreementSignedSchema,
  agreementSigningPreviewSchema,
  clientPortalSchema,
  recordFeePaymentRequestSchema,
  sendSigningLinkRequestSchema,
  signAgreementByLinkRequestSchema,
  signClientAgreementRequestSchema,
} from '../../../contracts/clients';
import { invitationTokenRequestSchema } from '../../../contracts/invitations';
import { idSchema } from '../../../contracts/common';
import { clientsPolicy } from '../../../contracts/policies/clients';
import { allow, publicAccess } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { fileResponse } from '../../platform/http/openapi';
import { inAnonymousTransaction, inSnapshot, inTransaction } from '../../platform/http/transaction';
import { assertClientVisibleToContact } from './client-contact-access';
import { loadClientPortal } from './client-portal';
import { createClient } from './create-client';
import { createClientAgreement } from './create-client-agreement';
import { findClientDetail } from './find-client';
import { listClients } from './list-clients';
import { recordFeePayment } from './record-fee-payment';
import { renderClientAgreement } from './render-client-agreement';
import { previewAgreementSigning, signAgreementByLink } from './sign-agreement-by-link';
import { sendSigningLink } from './send-signing-link';
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

  app.post('/api/clients/:clientId/agreements/:agreementId/signing-link', {
    config: { access: allow(clientsPolicy, 'clients.agreements.write') },
    schema: {
      operationId: 'sendClientAgreementSigningLink',
      summary: 'Send the agreement to a contact to sign by one-time link',
      tags,
      params: agreementParams,
      body: sendSigningLinkRequestSchema,
      response: detail,
    },
    handler: (request) => inTransaction(request, (tx, context) => sendSigningLink(tx, context, { ...request.params, ...request.body, publicUrl: app.config.publicUrl })),
  });

  // The token comes in a body, as for the invitation: it never stands in an address a log keeps (decision 040).
  app.post('/api/public/agreement-signing/check', {
    config: { access: publicAccess },
    schema: {
      operationId: 'checkAgreementSigning',
      summary: 'The agreement a signing link offers, without using it',
      tags,
      body: invitationTokenRequestSchema,
      response: { 200: agreementSigningPreviewSchema },
    },
    handler: (request) => inAnonymousTransaction(request, (tx, context) => previewAgreementSigning(tx, context, request.body)),
  });

  app.post('/api/public/agreement-signing/sign', {
    config: { access: publicAccess },
    schema: {
      operationId: 'signAgreementByLink',
      summary: 'Sign the agreement: typed name and a ticked box; the link is used up',
      tags,
      body: signAgreementByLinkRequestSchema,
      response: { 200: agreementSignedSchema },
    },
    handler: (request) => inAnonymousTransaction(request, (tx, context) => signAgreementByLink(tx, context, request.body)),
  });

  app.get('/api/client-portal', {
    config: { access: allow(clientsPolicy, 'clients.portal.read') },
    schema: { operationId: 'getClientPortal', summary: "A client contact's own client: data, agreement, fee, office", tags, response: { 200: clientPortalSchema } },
    handler: (request) => inSnapshot(request, (db, context) => loadClientPortal(db, context)),
  });

  app.get('/api/client-portal/clients/:clientId/agreements/:agreementId/pdf', {
    config: { access: allow(clientsPolicy, 'clients.portal.read') },
    schema: {
      operationId: 'downloadOwnClientAgreementPdf',
      summary: "The client's own gebruikersovereenkomst as PDF",
      tags,
      params: agreementParams,
      response: { 200: fileResponse(['application/pdf'], 'The agreement') },
    },
    handler: async (request, reply) => {
      const pdf = await inTransaction(request, async (tx, context) => {
        await assertClientVisibleToContact(tx, context.actor, request.params.clientId);
        return renderClientAgreement(tx, context, request.params);
      });
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="gebruikersovereenkomst.pdf"').send(pdf);
    },
  });
};
