import { chequePriceDecisionsSchema, chequePriceOnSchema, chequePriceQuerySchema, recordChequePriceDecisionRequestSchema } from '../../../contracts/cheque-prices';
import { chequePricesPolicy } from '../../../contracts/policies/cheque-prices';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inSnapshot, inTransaction } from '../../platform/http/transaction';
import { chequePriceOn, listChequePriceDecisions } from './cheque-price-decisions';
import { recordChequePriceDecision } from './record-cheque-price-decision';

const tags = ['cheque-prices'];

export const registerChequePriceRoutes = (app: App): void => {
  app.get('/api/cheque-price', {
    config: { access: allow(chequePricesPolicy, 'chequePrices.read') },
    schema: {
      operationId: 'getChequePrice',
      summary: 'The cheque price that applies on a date (R9)',
      tags,
      querystring: chequePriceQuerySchema,
      response: { 200: chequePriceOnSchema },
    },
    handler: (request) => inSnapshot(request, (db, context) => chequePriceOn(db, context, request.query)),
  });

  app.get('/api/cheque-price/decisions', {
    config: { access: allow(chequePricesPolicy, 'chequePrices.read') },
    schema: { operationId: 'listChequePriceDecisions', summary: 'The organiser’s cheque price decisions', tags, response: { 200: chequePriceDecisionsSchema } },
    handler: (request) => inSnapshot(request, (db, context) => listChequePriceDecisions(db, context)),
  });

  app.post('/api/cheque-price/decisions', {
    config: { access: allow(chequePricesPolicy, 'chequePrices.write'), idempotent: true },
    schema: {
      operationId: 'recordChequePriceDecision',
      summary: 'Record a decision on the cheque price, within the legal band (R9)',
      tags,
      body: recordChequePriceDecisionRequestSchema,
      response: { 201: chequePriceDecisionsSchema },
    },
    handler: async (request, reply) => reply.status(201).send(await inTransaction(request, (tx, context) => recordChequePriceDecision(tx, context, request.body))),
  });
};
