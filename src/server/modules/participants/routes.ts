import { z } from 'zod';
import { idSchema } from '../../../contracts/common';
import {
  assignCoachRequestSchema,
  createAgreementRequestSchema,
  createCaseNoteRequestSchema,
  createConsentRequestSchema,
  documentMimeTypes,
  documentSchema,
  eligibilityQuerySchema,
  eligibilitySchema,
  listParticipantsQuerySchema,
  participantDetailSchema,
  participantHistorySchema,
  participantPageSchema,
  remindersResponseSchema,
  signAgreementRequestSchema,
  updateParticipantRequestSchema,
  uploadDocumentRequestSchema,
  withdrawConsentRequestSchema,
} from '../../../contracts/participants';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { fileResponse } from '../../platform/http/openapi';
import { accessLogDrained } from '../../platform/audit/access-log-batcher';
import { inSnapshot, inTransaction } from '../../platform/http/transaction';
import { addCaseNote } from './add-case-note';
import { assignCoach } from './assign-coach';
import { checkEligibility } from './check-eligibility';
import { findParticipant } from './find-participant';
import { listParticipants } from './list-participants';
import { listReminders } from './list-reminders';
import { createAgreement } from './create-agreement';
import { renderAgreement } from './render-agreement';
import { signAgreement } from './sign-agreement';
import { addConsent } from './add-consent';
import { withdrawConsent } from './withdraw-consent';
import { readDocumentContent } from './read-document-content';
import { uploadDocument } from './upload-document';
import { participantHistory } from './participant-history';
import { participantsPolicy } from '../../../contracts/policies/participants';
import { provideTrajectorySection, type TrajectorySection } from './trajectory-section';
import { updateParticipant } from './update-participant';

const tags = ['participants'];
const participantParams = z.object({ participantId: idSchema }).strict();
const detail = { 200: participantDetailSchema };

/** `trajectories`: what the trajectories module shows on the record, list and reminders (participants does not import it). */
export const registerParticipantRoutes = (app: App, { trajectories }: { trajectories: TrajectorySection }): void => {
  provideTrajectorySection(trajectories);
  // Views hand their access-log rows to a batcher; the database closes only after those are stored.
  app.addHook('onClose', () => accessLogDrained(app.database.db));
  app.get('/api/participants', {
    config: { access: allow(participantsPolicy, 'participants.read') },
    schema: { operationId: 'listParticipants', summary: 'List participants', tags, querystring: listParticipantsQuerySchema, response: { 200: participantPageSchema } },
    handler: (request) => inSnapshot(request, (db, context) => listParticipants(db, context, request.query)),
  });

  app.get('/api/reminders', {
    config: { access: allow(participantsPolicy, 'participants.read') },
    schema: { operationId: 'listReminders', summary: 'Reminders due: evaluations and expiring medical permissions', tags, response: { 200: remindersResponseSchema } },
    handler: (request) => inSnapshot(request, (db, context) => listReminders(db, context)),
  });

  app.get('/api/participants/:participantId', {
    config: { access: allow(participantsPolicy, 'participants.read') },
    schema: { operationId: 'getParticipant', summary: 'One participant record', tags, params: participantParams, response: detail },
    handler: (request) => inSnapshot(request, (db, context) => findParticipant(db, context, request.params)),
  });

  app.get('/api/participants/:participantId/history', {
    config: { access: allow(participantsPolicy, 'participants.history') },
    schema: {
      operationId: 'getParticipantHistory',
      summary: "Who changed or viewed a participant's record",
      tags,
      params: participantParams,
      response: { 200: participantHistorySchema },
    },
    handler: (request) => inSnapshot(request, (db, context) => participantHistory(db, context, request.params)),
  });

  app.patch('/api/participants/:participantId', {
    config: { access: allow(participantsPolicy, 'participants.update') },
    schema: {
      operationId: 'updateParticipant',
      summary: "Change a participant's details",
      tags,
      params: participantParams,
      body: updateParticipantRequestSchema,
      response: detail,
    },
    handler: (request) => inTransaction(request, (tx, context) => updateParticipant(tx, context, { ...request.params, ...request.body })),
  });

  app.get('/api/participants/:participantId/eligibility', {
    config: { access: allow(participantsPolicy, 'participants.eligibility') },
    schema: {
      operationId: 'checkEligibility',
      summary: "A participant's eligibility on a date, with reasons",
      tags,
      params: participantParams,
      querystring: eligibilityQuerySchema,
      response: { 200: eligibilitySchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => checkEligibility(tx, context, { ...request.params, ...request.query })),
  });

  app.post('/api/participants/:participantId/consents', {
    config: { access: allow(participantsPolicy, 'participants.consents.write'), idempotent: true },
    schema: {
      operationId: 'addConsent',
      summary: 'Record a consent',
      tags,
      params: participantParams,
      body: createConsentRequestSchema,
      response: { 201: participantDetailSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => addConsent(tx, context, { ...request.params, ...request.body }))),
  });

  app.post('/api/participants/:participantId/consents/:consentId/withdraw', {
    config: { access: allow(participantsPolicy, 'participants.consents.write') },
    schema: {
      operationId: 'withdrawConsent',
      summary: 'Withdraw a consent',
      tags,
      params: z.object({ participantId: idSchema, consentId: idSchema }).strict(),
      body: withdrawConsentRequestSchema,
      response: detail,
    },
    handler: (request) => inTransaction(request, (tx, context) => withdrawConsent(tx, context, { ...request.params, ...request.body })),
  });

  app.post('/api/participants/:participantId/documents', {
    config: { access: allow(participantsPolicy, 'participants.documents.write'), idempotent: true },
    bodyLimit: 8 * 1024 * 1024,
    schema: {
      operationId: 'uploadDocument',
      summary: 'Upload a document for a participant',
      tags,
      params: participantParams,
      body: uploadDocumentRequestSchema,
      response: { 201: documentSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => uploadDocument(tx, context, { ...request.params, ...request.body }))),
  });

  app.get('/api/participants/:participantId/documents/:documentId/content', {
    config: { access: allow(participantsPolicy, 'participants.documents.read') },
    schema: {
      operationId: 'downloadDocument',
      summary: "Download a document's file",
      tags,
      params: z.object({ participantId: idSchema, documentId: idSchema }).strict(),
      response: { 200: fileResponse(documentMimeTypes, 'The file as uploaded') },
    },
    handler: async (request, reply) => {
      const document = await inTransaction(request, (tx, context) => readDocumentContent(tx, context, request.params));
      return reply
        .type(document.mimeType)
        .header('content-disposition', `attachment; filename="${encodeURIComponent(document.fileName)}"`)
        .send(document.content);
    },
  });

  app.post('/api/participants/:participantId/notes', {
    config: { access: allow(participantsPolicy, 'participants.notes.write'), idempotent: true },
    schema: {
      operationId: 'addCaseNote',
      summary: 'Add a case note',
      tags,
      params: participantParams,
      body: createCaseNoteRequestSchema,
      response: { 201: participantDetailSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => addCaseNote(tx, context, { ...request.params, ...request.body }))),
  });

  app.post('/api/participants/:participantId/agreements', {
    config: { access: allow(participantsPolicy, 'participants.agreements.write'), idempotent: true },
    schema: {
      operationId: 'createAgreement',
      summary: 'Draw up a wijk-werkovereenkomst',
      tags,
      params: participantParams,
      body: createAgreementRequestSchema,
      response: { 201: participantDetailSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => createAgreement(tx, context, { ...request.params, ...request.body }))),
  });

  const agreementParams = z.object({ participantId: idSchema, agreementId: idSchema }).strict();

  app.get('/api/participants/:participantId/agreements/:agreementId/pdf', {
    config: { access: allow(participantsPolicy, 'participants.agreements.read') },
    schema: {
      operationId: 'downloadAgreementPdf',
      summary: 'The agreement as PDF',
      tags,
      params: agreementParams,
      response: { 200: fileResponse(['application/pdf'], 'The agreement') },
    },
    handler: async (request, reply) => {
      const pdf = await inTransaction(request, (tx, context) => renderAgreement(tx, context, request.params));
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="wijk-werkovereenkomst.pdf"').send(pdf);
    },
  });

  app.post('/api/participants/:participantId/agreements/:agreementId/sign', {
    config: { access: allow(participantsPolicy, 'participants.agreements.write') },
    schema: {
      operationId: 'signAgreement',
      summary: 'Record that an agreement was signed',
      tags,
      params: agreementParams,
      body: signAgreementRequestSchema,
      response: detail,
    },
    handler: (request) => inTransaction(request, (tx, context) => signAgreement(tx, context, { ...request.params, ...request.body })),
  });

  app.put('/api/participants/:participantId/coach', {
    config: { access: allow(participantsPolicy, 'participants.coach.assign') },
    schema: {
      operationId: 'assignCoach',
      summary: 'Assign a werkcoach to a participant',
      tags,
      params: participantParams,
      body: assignCoachRequestSchema,
      response: detail,
    },
    handler: (request) => inTransaction(request, (tx, context) => assignCoach(tx, context, { ...request.params, ...request.body })),
  });
};
