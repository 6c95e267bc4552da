import { z } from 'zod';
import { idSchema } from '../../../contracts/common';
import {
  acceptReferralRequestSchema,
  acceptReferralResponseSchema,
  createReferralRequestSchema,
  declineReferralRequestSchema,
  listReferralsQuerySchema,
  planIntakeRequestSchema,
  referralAdmissionContextSchema,
  referralPageSchema,
  refuseReferralRequestSchema,
  referralSchema,
} from '../../../contracts/referrals';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inSnapshot, inTransaction } from '../../platform/http/transaction';
import { acceptReferral } from './accept-referral';
import { createReferral } from './create-referral';
import { declineReferral } from './decline-referral';
import { findAdmissionContext } from './find-admission-context';
import { findReferral } from './find-referral';
import { planIntake } from './plan-intake';
import { listReferrals } from './list-referrals';
import { referralsPolicy } from '../../../contracts/policies/referrals';
import { refuseReferral } from './refuse-referral';

const tags = ['referrals'];
const referralParams = z.object({ referralId: idSchema }).strict();

export const registerReferralRoutes = (app: App): void => {
  app.post('/api/referrals', {
    config: { access: allow(referralsPolicy, 'referrals.create'), idempotent: true },
    schema: {
      operationId: 'createReferral',
      summary: 'Refer a person to wijk-werken (toeleiding)',
      tags,
      body: createReferralRequestSchema,
      response: { 201: referralSchema },
    },
    handler: async (request, reply) => reply.status(201).send(await inTransaction(request, (tx, context) => createReferral(tx, context, request.body))),
  });

  app.get('/api/referrals', {
    config: { access: allow(referralsPolicy, 'referrals.read') },
    schema: { operationId: 'listReferrals', summary: 'List referrals', tags, querystring: listReferralsQuerySchema, response: { 200: referralPageSchema } },
    handler: (request) => inSnapshot(request, (db, context) => listReferrals(db, context, request.query)),
  });

  app.get('/api/referrals/admission-rules', {
    config: { access: allow(referralsPolicy, 'referrals.create') },
    schema: {
      operationId: 'getReferralAdmissionRules',
      summary: 'What the referral form checks as typed: the agency, the area and its setting',
      tags,
      response: { 200: referralAdmissionContextSchema },
    },
    handler: (request) => inSnapshot(request, (db, context) => findAdmissionContext(db, context)),
  });

  app.get('/api/referrals/:referralId', {
    config: { access: allow(referralsPolicy, 'referrals.read') },
    schema: { operationId: 'getReferral', summary: 'One referral', tags, params: referralParams, response: { 200: referralSchema } },
    handler: (request) => inSnapshot(request, (db, context) => findReferral(db, context, request.params)),
  });

  app.post('/api/referrals/:referralId/intake', {
    config: { access: allow(referralsPolicy, 'referrals.decide') },
    schema: {
      operationId: 'planIntake',
      summary: 'Plan the intake interview of a referral',
      tags,
      params: referralParams,
      body: planIntakeRequestSchema,
      response: { 200: referralSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => planIntake(tx, context, { ...request.params, ...request.body })),
  });

  app.post('/api/referrals/:referralId/decline', {
    config: { access: allow(referralsPolicy, 'referrals.decide') },
    schema: {
      operationId: 'declineReferral',
      summary: 'Decline a referral',
      tags,
      params: referralParams,
      body: declineReferralRequestSchema,
      response: { 200: referralSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => declineReferral(tx, context, { ...request.params, ...request.body })),
  });

  app.post('/api/referrals/:referralId/refuse', {
    config: { access: allow(referralsPolicy, 'referrals.decide') },
    schema: {
      operationId: 'refuseReferral',
      summary: 'Close a referral the rules refuse as not admissible',
      tags,
      params: referralParams,
      body: refuseReferralRequestSchema,
      response: { 200: referralSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => refuseReferral(tx, context, { ...request.params, ...request.body })),
  });

  app.post('/api/referrals/:referralId/accept', {
    config: { access: allow(referralsPolicy, 'referrals.decide') },
    schema: {
      operationId: 'acceptReferral',
      summary: 'Accept a referral and enrol the participant',
      tags,
      params: referralParams,
      body: acceptReferralRequestSchema,
      response: { 201: acceptReferralResponseSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => acceptReferral(tx, context, { ...request.params, ...request.body }))),
  });
};
