import { z } from 'zod';
import { idSchema } from '../../../contracts/common';
import {
  assignCoachRequestSchema,
  createAgreementRequestSchema,
  createCaseNoteRequestSchema,
  createConsentRequestSchema,
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
import { parseCivilDate } from '../../../domain/time/civil-date';
import { civilDateOfInstant } from '../../../domain/time/civil-date-of-instant';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inTransaction, requestContext } from '../../platform/http/transaction';
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
import { participantsPolicy } from './policy';
import { updateParticipant } from './update-participant';

const tags = ['participants'];
const participantParams = z.object({ participantId: idSchema }).strict();
const detail = { 200: participantDetailSchema };

export const registerParticipantRoutes = (app: App): void => {
  app.get('/api/participants', {
    config: { access: allow(participantsPolicy, 'participants.read') },
    schema: { tags, querystring: listParticipantsQuerySchema, response: { 200: participantPageSchema } },
    handler: (request) => listParticipants(app.database.db, requestContext(request).actor, request.query, app.clock.now()),
  });

  app.get('/api/reminders', {
    config: { access: allow(participantsPolicy, 'participants.read') },
    schema: { tags, response: { 200: remindersResponseSchema } },
    handler: async (request) => ({ items: await listReminders(app.database.db, requestContext(request).actor, app.clock.now()) }),
  });

  app.get('/api/participants/:participantId', {
    config: { access: allow(participantsPolicy, 'participants.read') },
    schema: { tags, params: participantParams, response: detail },
    handler: (request) => inTransaction(request, (tx, context) => findParticipant(tx, context, request.params.participantId)),
  });

  app.get('/api/participants/:participantId/history', {
    config: { access: allow(participantsPolicy, 'participants.history') },
    schema: { tags, params: participantParams, response: { 200: participantHistorySchema } },
    handler: (request) => inTransaction(request, (tx, context) => participantHistory(tx, context, request.params.participantId)),
  });

  app.patch('/api/participants/:participantId', {
    config: { access: allow(participantsPolicy, 'participants.update') },
    schema: { tags, params: participantParams, body: updateParticipantRequestSchema, response: detail },
    handler: (request) => inTransaction(request, (tx, context) => updateParticipant(tx, context, request.params.participantId, request.body)),
  });

  app.get('/api/participants/:participantId/eligibility', {
    config: { access: allow(participantsPolicy, 'participants.eligibility') },
    schema: { tags, params: participantParams, querystring: eligibilityQuerySchema, response: { 200: eligibilitySchema } },
    handler: (request) =>
      inTransaction(request, (tx, context) =>
        checkEligibility(tx, context.actor, request.params.participantId, request.query.date ? parseCivilDate(request.query.date) : civilDateOfInstant(context.now)),
      ),
  });

  app.post('/api/participants/:participantId/consents', {
    config: { access: allow(participantsPolicy, 'participants.consents.write'), idempotent: true },
    schema: { tags, params: participantParams, body: createConsentRequestSchema, response: { 201: participantDetailSchema } },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => addConsent(tx, context, request.params.participantId, request.body))),
  });

  app.post('/api/participants/:participantId/consents/:consentId/withdraw', {
    config: { access: allow(participantsPolicy, 'participants.consents.write') },
    schema: { tags, params: z.object({ participantId: idSchema, consentId: idSchema }).strict(), body: withdrawConsentRequestSchema, response: detail },
    handler: (request) =>
      inTransaction(request, (tx, context) =>
        withdrawConsent(tx, context, request.params.participantId, request.params.consentId, request.body.withdrawnOn),
      ),
  });

  app.post('/api/participants/:participantId/documents', {
    config: { access: allow(participantsPolicy, 'participants.documents.write'), idempotent: true },
    bodyLimit: 8 * 1024 * 1024,
    schema: { tags, params: participantParams, body: uploadDocumentRequestSchema, response: { 201: documentSchema } },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => uploadDocument(tx, context, request.params.participantId, request.body))),
  });

  app.get('/api/participants/:participantId/documents/:documentId/content', {
    config: { access: allow(participantsPolicy, 'participants.documents.read') },
    schema: { tags, params: z.object({ participantId: idSchema, documentId: idSchema }).strict() },
    handler: async (request, reply) => {
      const document = await inTransaction(request, (tx, context) =>
        readDocumentContent(tx, context, request.params.participantId, request.params.documentId),
      );
      return reply
        .type(document.mimeType)
        .header('content-disposition', `attachment; filename="${encodeURIComponent(document.fileName)}"`)
        .send(document.content);
    },
  });

  app.post('/api/participants/:participantId/notes', {
    config: { access: allow(participantsPolicy, 'participants.notes.write'), idempotent: true },
    schema: { tags, params: participantParams, body: createCaseNoteRequestSchema, response: { 201: participantDetailSchema } },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => addCaseNote(tx, context, request.params.participantId, request.body))),
  });

  app.post('/api/participants/:participantId/agreements', {
    config: { access: allow(participantsPolicy, 'participants.agreements.write'), idempotent: true },
    schema: { tags, params: participantParams, body: createAgreementRequestSchema, response: { 201: participantDetailSchema } },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => createAgreement(tx, context, request.params.participantId, request.body))),
  });

  const agreementParams = z.object({ participantId: idSchema, agreementId: idSchema }).strict();

  app.get('/api/participants/:participantId/agreements/:agreementId/pdf', {
    config: { access: allow(participantsPolicy, 'participants.agreements.read') },
    schema: { tags, params: agreementParams },
    handler: async (request, reply) => {
      const pdf = await inTransaction(request, (tx, context) => renderAgreement(tx, context, request.params.participantId, request.params.agreementId));
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="wijk-werkovereenkomst.pdf"').send(pdf);
    },
  });

  app.post('/api/participants/:participantId/agreements/:agreementId/sign', {
    config: { access: allow(participantsPolicy, 'participants.agreements.write') },
    schema: { tags, params: agreementParams, body: signAgreementRequestSchema, response: detail },
    handler: (request) =>
      inTransaction(request, (tx, context) => signAgreement(tx, context, request.params.participantId, request.params.agreementId, request.body)),
  });

  app.put('/api/participants/:participantId/coach', {
    config: { access: allow(participantsPolicy, 'participants.coach.assign') },
    schema: { tags, params: participantParams, body: assignCoachRequestSchema, response: detail },
    handler: (request) => inTransaction(request, (tx, context) => assignCoach(tx, context, request.params.participantId, request.body)),
  });
};
