import { z } from 'zod';
import { idSchema } from '../../../contracts/common';
import { listMessagesQuerySchema, messagePageSchema, messageSchema, printListQuerySchema } from '../../../contracts/messages';
import { messagesPolicy } from '../../../contracts/policies/messages';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { fileResponse } from '../../platform/http/openapi';
import { inSnapshot, inTransaction } from '../../platform/http/transaction';
import { findMessage } from './find-message';
import { listMessages } from './list-messages';
import { printLetters } from './print-letters';
import { resendMessage } from './resend-message';

const tags = ['messages'];
const messageParams = z.object({ messageId: idSchema }).strict();

export const registerMessageRoutes = (app: App): void => {
  app.get('/api/messages', {
    config: { access: allow(messagesPolicy, 'messages.read') },
    schema: {
      operationId: 'listMessages',
      summary: 'The outbox: every e-mail, SMS and letter with its status',
      tags,
      querystring: listMessagesQuerySchema,
      response: { 200: messagePageSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => listMessages(tx, context, request.query)),
  });

  // Before /:messageId, which would otherwise take "print-list" for an id (and refuse it as one).
  app.get('/api/messages/print-list', {
    config: { access: allow(messagesPolicy, 'messages.print') },
    schema: {
      operationId: 'printLetters',
      summary: "The day's letters as one PDF; letters not printed before are marked printed",
      tags,
      querystring: printListQuerySchema,
      response: { 200: fileResponse(['application/pdf'], "The day's letters") },
    },
    handler: async (request, reply) => {
      const pdf = await inTransaction(request, (tx, context) => printLetters(tx, context, request.query));
      return reply.type('application/pdf').header('content-disposition', `inline; filename="brieven-${request.query.date}.pdf"`).send(pdf);
    },
  });

  app.get('/api/messages/:messageId', {
    config: { access: allow(messagesPolicy, 'messages.read') },
    schema: { operationId: 'getMessage', summary: 'One message, rendered', tags, params: messageParams, response: { 200: messageSchema } },
    handler: (request) => inSnapshot(request, (db, context) => findMessage(db, context, request.params)),
  });

  app.post('/api/messages/:messageId/resend', {
    config: { access: allow(messagesPolicy, 'messages.resend') },
    schema: { operationId: 'resendMessage', summary: 'Queue a failed or unsent message again', tags, params: messageParams, response: { 200: messageSchema } },
    handler: (request) => inTransaction(request, (tx, context) => resendMessage(tx, context, request.params)),
  });
};
