import { z } from 'zod';
import {
  accountPageSchema,
  accountSchema,
  changePasswordRequestSchema,
  completePasswordResetRequestSchema,
  createAccountRequestSchema,
  listAccountsQuerySchema,
  passwordResetRequestSchema,
  messagePreferencesSchema,
  updateAccountRequestSchema,
  updateMessagePreferencesRequestSchema,
} from '../../../contracts/accounts';
import { idSchema, noContentSchema } from '../../../contracts/common';
import { allow, allowDuringLogin, publicAccess } from '../../platform/auth/policy';
import { secondFactorRequestSchema, sessionResponseSchema, twoFactorSetupResponseSchema } from '../../../contracts/sessions';
import type { App } from '../../platform/http/build-app';
import { inAnonymousTransaction, inSnapshot, inTransaction } from '../../platform/http/transaction';
import { findAccount } from './account-repository';
import { changeOwnPassword } from './change-own-password';
import { completePasswordReset } from './complete-password-reset';
import { createAccount } from './create-account';
import { endAccountSessions } from './end-account-sessions';
import { listAccounts } from './list-accounts';
import { requestPasswordReset } from './request-password-reset';
import { findMessagePreferences } from './find-message-preferences';
import { updateMessagePreferences } from './update-message-preferences';
import { confirmTwoFactor } from './confirm-two-factor';
import { resetTwoFactor } from './reset-two-factor';
import { setUpTwoFactor } from './set-up-two-factor';
import { accountsPolicy } from '../../../contracts/policies/accounts';
import { updateAccount } from './update-account';

const accountParams = z.object({ accountId: idSchema }).strict();
const tags = ['accounts'];

export const registerAccountRoutes = (app: App): void => {
  app.get('/api/accounts', {
    config: { access: allow(accountsPolicy, 'accounts.read') },
    schema: { operationId: 'listAccounts', summary: "List the organiser's accounts", tags, querystring: listAccountsQuerySchema, response: { 200: accountPageSchema } },
    handler: (request) => inSnapshot(request, (db, context) => listAccounts(db, context, request.query)),
  });

  app.post('/api/accounts', {
    config: { access: allow(accountsPolicy, 'accounts.create'), idempotent: true },
    schema: { operationId: 'createAccount', summary: 'Create a staff account', tags, body: createAccountRequestSchema, response: { 201: accountSchema } },
    handler: async (request, reply) => reply.status(201).send(await inTransaction(request, (tx, context) => createAccount(tx, context, request.body))),
  });

  app.get('/api/accounts/:accountId', {
    config: { access: allow(accountsPolicy, 'accounts.read') },
    schema: { operationId: 'getAccount', summary: 'One account', tags, params: accountParams, response: { 200: accountSchema } },
    handler: (request) => inSnapshot(request, (db, context) => findAccount(db, context, request.params)),
  });

  app.patch('/api/accounts/:accountId', {
    config: { access: allow(accountsPolicy, 'accounts.update') },
    schema: {
      operationId: 'updateAccount',
      summary: "Change an account's name, role or disabled state",
      tags,
      params: accountParams,
      body: updateAccountRequestSchema,
      response: { 200: accountSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => updateAccount(tx, context, { ...request.params, ...request.body })),
  });

  app.delete('/api/accounts/:accountId/sessions', {
    config: { access: allow(accountsPolicy, 'accounts.endSessions') },
    schema: { operationId: 'endAccountSessions', summary: "End all of an account's sessions", tags, params: accountParams, response: { 204: noContentSchema } },
    handler: async (request, reply) => {
      await inTransaction(request, (tx, context) => endAccountSessions(tx, context, request.params));
      return reply.status(204).send(null);
    },
  });

  app.post('/api/account/two-factor', {
    config: { access: allowDuringLogin(accountsPolicy, 'accounts.twoFactor') },
    schema: {
      operationId: 'startTwoFactorSetup',
      summary: 'Start setting up an authenticator for your own account',
      tags,
      response: { 201: twoFactorSetupResponseSchema },
    },
    handler: async (request, reply) => reply.status(201).send(await inTransaction(request, (tx, context) => setUpTwoFactor(tx, context))),
  });

  app.post('/api/account/two-factor/confirm', {
    config: { access: allowDuringLogin(accountsPolicy, 'accounts.twoFactor') },
    schema: {
      operationId: 'confirmTwoFactorSetup',
      summary: 'Confirm the new authenticator with a first code',
      tags,
      body: secondFactorRequestSchema,
      response: { 200: sessionResponseSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => confirmTwoFactor(tx, context, request.body)),
  });

  app.delete('/api/accounts/:accountId/two-factor', {
    config: { access: allow(accountsPolicy, 'accounts.resetTwoFactor') },
    schema: { operationId: 'resetTwoFactor', summary: "Remove another account's authenticator", tags, params: accountParams, response: { 204: noContentSchema } },
    handler: async (request, reply) => {
      await inTransaction(request, (tx, context) => resetTwoFactor(tx, context, request.params));
      return reply.status(204).send(null);
    },
  });

  app.put('/api/account/password', {
    config: { access: allow(accountsPolicy, 'accounts.changeOwnPassword') },
    schema: { operationId: 'changePassword', summary: 'Change your own password', tags, body: changePasswordRequestSchema, response: { 204: noContentSchema } },
    handler: async (request, reply) => {
      await inTransaction(request, (tx, context) => changeOwnPassword(tx, context, request.body));
      return reply.status(204).send(null);
    },
  });

  app.post('/api/password-reset', {
    config: { access: publicAccess },
    schema: {
      operationId: 'requestPasswordReset',
      summary: 'Ask for a password-reset link by e-mail (the same answer whether the address is known or not)',
      tags,
      body: passwordResetRequestSchema,
      response: { 202: noContentSchema },
    },
    handler: async (request, reply) => {
      await inAnonymousTransaction(request, (tx, context) => requestPasswordReset(tx, context, { ...request.body, publicUrl: app.config.publicUrl }));
      return reply.status(202).send(null);
    },
  });

  app.post('/api/password-reset/complete', {
    config: { access: publicAccess },
    schema: {
      operationId: 'completePasswordReset',
      summary: 'Choose a new password with a reset link; ends every session of the account',
      tags,
      body: completePasswordResetRequestSchema,
      response: { 204: noContentSchema },
    },
    handler: async (request, reply) => {
      await inAnonymousTransaction(request, (tx, context) => completePasswordReset(tx, context, request.body));
      return reply.status(204).send(null);
    },
  });

  app.get('/api/account/message-preferences', {
    config: { access: allow(accountsPolicy, 'accounts.ownMessagePreferences') },
    schema: { operationId: 'getMessagePreferences', summary: 'How messages reach you', tags, response: { 200: messagePreferencesSchema } },
    handler: (request) => inSnapshot(request, (db, context) => findMessagePreferences(db, context)),
  });

  app.put('/api/account/message-preferences', {
    config: { access: allow(accountsPolicy, 'accounts.ownMessagePreferences') },
    schema: {
      operationId: 'updateMessagePreferences',
      summary: 'Choose how messages reach you and whether you get the morning digest',
      tags,
      body: updateMessagePreferencesRequestSchema,
      response: { 200: messagePreferencesSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => updateMessagePreferences(tx, context, request.body)),
  });
};
