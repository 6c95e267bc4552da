import { z } from 'zod';
import { chequeLedgerSchema, correctChequePurchaseRequestSchema, recordChequePurchaseRequestSchema, uncoveredChequesSchema } from '../../../contracts/cheques';
import { idSchema } from '../../../contracts/common';
import { chequesPolicy } from '../../../contracts/policies/cheques';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inSnapshot, inTransaction } from '../../platform/http/transaction';
import { correctChequePurchase } from './correct-cheque-purchase';
import { listUncoveredCheques } from './list-uncovered-cheques';
import { loadChequeLedger, loadOwnChequeLedger } from './load-cheque-ledger';
import { recordChequePurchase } from './record-cheque-purchase';

const tags = ['cheques'];
const clientParams = z.object({ clientId: idSchema }).strict();
const purchaseParams = z.object({ clientId: idSchema, purchaseId: idSchema }).strict();

export const registerChequeRoutes = (app: App): void => {
  app.get('/api/clients/:clientId/cheques', {
    config: { access: allow(chequesPolicy, 'cheques.read') },
    schema: {
      operationId: 'getClientCheques',
      summary: 'A client’s cheque ledger: balance, lots and expiry (R13), consumption, uncovered hours, the coming weeks',
      tags,
      params: clientParams,
      response: { 200: chequeLedgerSchema },
    },
    handler: (request) => inSnapshot(request, (db, context) => loadChequeLedger(db, context, request.params)),
  });

  app.post('/api/clients/:clientId/cheque-purchases', {
    config: { access: allow(chequesPolicy, 'cheques.purchases.write'), idempotent: true },
    schema: {
      operationId: 'recordChequePurchase',
      summary: 'Record a purchase of paper (serial range) or electronic cheques',
      tags,
      params: clientParams,
      body: recordChequePurchaseRequestSchema,
      response: { 201: chequeLedgerSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => recordChequePurchase(tx, context, { ...request.params, ...request.body }))),
  });

  app.post('/api/clients/:clientId/cheque-purchases/:purchaseId/correct', {
    config: { access: allow(chequesPolicy, 'cheques.purchases.write') },
    schema: {
      operationId: 'correctChequePurchase',
      summary: 'Reverse a purchase recorded wrongly, with a reason (a new record; the original stays)',
      tags,
      params: purchaseParams,
      body: correctChequePurchaseRequestSchema,
      response: { 200: chequeLedgerSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => correctChequePurchase(tx, context, { ...request.params, ...request.body })),
  });

  app.get('/api/cheques/uncovered', {
    config: { access: allow(chequesPolicy, 'cheques.read') },
    schema: {
      operationId: 'listUncoveredCheques',
      summary: 'Hours of confirmed entries no cheque covered, for follow-up',
      tags,
      response: { 200: uncoveredChequesSchema },
    },
    handler: (request) => inSnapshot(request, (db, context) => listUncoveredCheques(db, context)),
  });

  app.get('/api/client-portal/cheques', {
    config: { access: allow(chequesPolicy, 'cheques.portal.read') },
    schema: { operationId: 'getOwnCheques', summary: '"Mijn cheques": the ledger of the contact’s client', tags, response: { 200: chequeLedgerSchema } },
    handler: (request) => inSnapshot(request, (db, context) => loadOwnChequeLedger(db, context)),
  });
};
