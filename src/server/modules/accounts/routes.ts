import { z } from 'zod';
import {
  accountPageSchema,
  accountSchema,
  changePasswordRequestSchema,
  createAccountRequestSchema,
  listAccountsQuerySchema,
  updateAccountRequestSchema,
} from '../../../contracts/accounts';
import { idSchema } from '../../../contracts/common';
import { allow, allowDuringLogin } from '../../platform/auth/policy';
import { secondFactorRequestSchema, sessionResponseSchema, twoFactorSetupResponseSchema } from '../../../contracts/sessions';
import type { App } from '../../platform/http/build-app';
import { inTransaction, requestContext } from '../../platform/http/transaction';
import { findAccount } from './account-repository';
import { changeOwnPassword } from './change-own-password';
import { createAccount } from './create-account';
import { endAccountSessions } from './end-account-sessions';
import { listAccounts } from './list-accounts';
import { confirmTwoFactor } from './confirm-two-factor';
import { resetTwoFactor } from './reset-two-factor';
import { setUpTwoFactor } from './set-up-two-factor';
import { accountsPolicy } from './policy';
import { updateAccount } from './update-account';

const accountParams = z.object({ accountId: idSchema }).strict();
const tags = ['accounts'];

export const registerAccountRoutes = (app: App): void => {
  app.get('/api/accounts', {
    config: { access: allow(accountsPolicy, 'accounts.read') },
    schema: { tags, querystring: listAccountsQuerySchema, response: { 200: accountPageSchema } },
    handler: (request) => listAccounts(app.database.db, requestContext(request).actor.organiserId, request.query),
  });

  app.post('/api/accounts', {
    config: { access: allow(accountsPolicy, 'accounts.create'), idempotent: true },
    schema: { tags, body: createAccountRequestSchema, response: { 201: accountSchema } },
    handler: async (request, reply) => reply.status(201).send(await inTransaction(request, (tx, context) => createAccount(tx, context, request.body))),
  });

  app.get('/api/accounts/:accountId', {
    config: { access: allow(accountsPolicy, 'accounts.read') },
    schema: { tags, params: accountParams, response: { 200: accountSchema } },
    handler: (request) => findAccount(app.database.db, requestContext(request).actor.organiserId, request.params.accountId),
  });

  app.patch('/api/accounts/:accountId', {
    config: { access: allow(accountsPolicy, 'accounts.update') },
    schema: { tags, params: accountParams, body: updateAccountRequestSchema, response: { 200: accountSchema } },
    handler: (request) => inTransaction(request, (tx, context) => updateAccount(tx, context, request.params.accountId, request.body)),
  });

  app.delete('/api/accounts/:accountId/sessions', {
    config: { access: allow(accountsPolicy, 'accounts.endSessions') },
    schema: { tags, params: accountParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await inTransaction(request, (tx, context) => endAccountSessions(tx, context, request.params.accountId));
      return reply.status(204).send(null);
    },
  });

  app.post('/api/account/two-factor', {
    config: { access: allowDuringLogin(accountsPolicy, 'accounts.twoFactor') },
    schema: { tags, response: { 201: twoFactorSetupResponseSchema } },
    handler: async (request, reply) => reply.status(201).send(await inTransaction(request, (tx, context) => setUpTwoFactor(tx, context))),
  });

  app.post('/api/account/two-factor/confirm', {
    config: { access: allowDuringLogin(accountsPolicy, 'accounts.twoFactor') },
    schema: { tags, body: secondFactorRequestSchema, response: { 200: sessionResponseSchema } },
    handler: (request) => confirmTwoFactor(app.database.db, requestContext(request), request.body.code),
  });

  app.delete('/api/accounts/:accountId/two-factor', {
    config: { access: allow(accountsPolicy, 'accounts.resetTwoFactor') },
    schema: { tags, params: accountParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await inTransaction(request, (tx, context) => resetTwoFactor(tx, context, request.params.accountId));
      return reply.status(204).send(null);
    },
  });

  app.put('/api/account/password', {
    config: { access: allow(accountsPolicy, 'accounts.changeOwnPassword') },
    schema: { tags, body: changePasswordRequestSchema, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await inTransaction(request, (tx, context) => changeOwnPassword(tx, context, request.body));
      return reply.status(204).send(null);
    },
  });
};
