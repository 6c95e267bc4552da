import { z } from 'zod';
import { idSchema } from '../../../contracts/common';
import {
  acceptedInvitationSchema,
  acceptInvitationRequestSchema,
  createInvitationRequestSchema,
  invitationPreviewSchema,
  invitationSchema,
  invitationTokenRequestSchema,
  participantPortalAccountSchema,
} from '../../../contracts/invitations';
import { invitationsPolicy } from '../../../contracts/policies/invitations';
import { allow, publicAccess } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inAnonymousTransaction, inTransaction } from '../../platform/http/transaction';
import { acceptInvitation } from './accept-invitation';
import { createInvitation } from './create-invitation';
import { findParticipantPortalAccount } from './find-participant-portal-account';
import { previewInvitation } from './preview-invitation';

const tags = ['invitations'];
const participantParams = z.object({ participantId: idSchema }).strict();

export const registerInvitationRoutes = (app: App): void => {
  app.post('/api/invitations', {
    config: { access: allow(invitationsPolicy, 'invitations.create'), idempotent: true },
    schema: {
      operationId: 'createInvitation',
      summary: 'Invite a colleague, counsellor, coach or wijk-werker by e-mail',
      tags,
      body: createInvitationRequestSchema,
      response: { 201: invitationSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await inTransaction(request, (tx, context) => createInvitation(tx, context, { ...request.body, publicUrl: app.config.publicUrl }))),
  });

  app.get('/api/participants/:participantId/portal-account', {
    config: { access: allow(invitationsPolicy, 'invitations.portalAccount.read') },
    schema: {
      operationId: 'getParticipantPortalAccount',
      summary: "A wijk-werker's portal login: none, invited or in use",
      tags,
      params: participantParams,
      response: { 200: participantPortalAccountSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => findParticipantPortalAccount(tx, context, request.params)),
  });

  app.post('/api/invitations/check', {
    config: { access: publicAccess },
    schema: {
      operationId: 'checkInvitation',
      summary: 'What an invitation link offers, without using it',
      tags,
      body: invitationTokenRequestSchema,
      response: { 200: invitationPreviewSchema },
    },
    handler: (request) => inAnonymousTransaction(request, (tx, context) => previewInvitation(tx, context, request.body)),
  });

  app.post('/api/invitations/accept', {
    config: { access: publicAccess },
    schema: {
      operationId: 'acceptInvitation',
      summary: 'Accept an invitation: choose a password (or confirm your own) and activate the membership',
      tags,
      body: acceptInvitationRequestSchema,
      response: { 200: acceptedInvitationSchema },
    },
    handler: (request) => inAnonymousTransaction(request, (tx, context) => acceptInvitation(tx, context, request.body)),
  });
};
